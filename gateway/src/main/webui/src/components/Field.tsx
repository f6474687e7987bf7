import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { parseAmount } from '../lib/format';
import { Money } from './Formatted';

interface FieldProps {
  /** A fixed id, when other parts of the page link to the control (an error summary). */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /**
   * Shown under the control, and read with it: what the control's value means (an amount as it will be read).
   * Null keeps its line empty, so that controls side by side stay aligned while one has nothing to read back.
   */
  readBack?: ReactNode | null;
  /** Messages already in the person's language. */
  errors?: string[];
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A label, the control, a hint and its errors, wired for screen readers. */
export function Field({ id: fixedId, label, hint, readBack, errors = [], children }: FieldProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const readBackId = readBack ? `${id}-read-back` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, readBackId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errors.length ? true : undefined })}
      {readBack ? (
        <p className="field__read-back" id={readBackId}>
          {readBack}
        </p>
      ) : (
        readBack === null && <p className="field__read-back" aria-hidden="true">{'\u00a0'}</p>
      )}
      {errors.length > 0 && (
        <p className="field__error" id={errorId}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

type Common = { id?: string; label: ReactNode; hint?: ReactNode; readBack?: ReactNode | null; errors?: string[] };

/** Typed text reads in its own direction (dir="auto"): a Latin answer left to right on a Persian page. */
export function TextField({ id, label, hint, readBack, errors, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} readBack={readBack} errors={errors}>
      {(a11y) => <input dir="auto" {...input} {...a11y} />}
    </Field>
  );
}

/**
 * An amount typed in the person's own digits and separators, read back under the field grouped and with its
 * currency ("That is IRR 5,000,000,000"), so that a zero too many shows before it is sent.
 */
export function AmountField({ id, label, hint, errors, currency, ...input }: Omit<Common, 'readBack'> & { currency: string; value: string } & InputHTMLAttributes<HTMLInputElement>) {
  const { locale } = useIntl();
  const amount = parseAmount(locale, input.value);
  const readBack =
    currency && !Number.isNaN(amount) && amount > 0 ? (
      <FormattedMessage id="amount.readBack" values={{ amount: <Money amount={amount} currency={currency} /> }} />
    ) : null;
  return (
    <Field id={id} label={label} hint={hint} readBack={readBack} errors={errors}>
      {(a11y) => <input inputMode="decimal" {...input} {...a11y} />}
    </Field>
  );
}

export function TextArea({ id, label, hint, readBack, errors, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} hint={hint} readBack={readBack} errors={errors}>
      {(a11y) => <textarea rows={5} dir="auto" {...area} {...a11y} />}
    </Field>
  );
}

export function SelectField({ id, label, hint, readBack, errors, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field id={id} label={label} hint={hint} readBack={readBack} errors={errors}>
      {(a11y) => (
        <select {...select} {...a11y}>
          {children}
        </select>
      )}
    </Field>
  );
}
