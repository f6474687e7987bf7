import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldProps {
  /** A fixed id, when other parts of the page link to the control (an error summary). */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Messages already in the person's language. */
  errors?: string[];
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A label, the control, a hint and its errors, wired for screen readers. */
export function Field({ id: fixedId, label, hint, errors = [], children }: FieldProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errors.length ? true : undefined })}
      {errors.length > 0 && (
        <p className="field__error" id={errorId}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

type Common = { id?: string; label: ReactNode; hint?: ReactNode; errors?: string[] };

export function TextField({ id, label, hint, errors, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(a11y) => <input {...input} {...a11y} />}
    </Field>
  );
}

export function TextArea({ id, label, hint, errors, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(a11y) => <textarea rows={5} {...area} {...a11y} />}
    </Field>
  );
}

export function SelectField({ id, label, hint, errors, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(a11y) => (
        <select {...select} {...a11y}>
          {children}
        </select>
      )}
    </Field>
  );
}
