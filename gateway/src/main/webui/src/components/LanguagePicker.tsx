import { useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { languageName } from '../lib/format';

/** The languages people of the portal's countries most often work in, offered as choices (ISO 639-1). */
export const WORKING_LANGUAGES = ['en', 'ms', 'fa', 'ar', 'zh', 'ta', 'id', 'tr', 'hi', 'fr', 'de', 'es', 'ru', 'ja', 'ko'];

/** A group of checkboxes, one per language, named in the person's own language and sorted by that name. */
export function LanguagePicker({ id, legend, hint, value, onChange, errors = [] }: {
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: string[];
  onChange: (languages: string[]) => void;
  errors?: string[];
}) {
  const intl = useIntl();
  const choices = useMemo(() => {
    const collator = new Intl.Collator(intl.locale);
    const codes = [...new Set([...WORKING_LANGUAGES, ...value])];
    return codes.map((code) => ({ code, name: languageName(intl.locale, code) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [intl.locale, value]);
  const hintId = hint && id ? `${id}-hint` : undefined;
  const errorId = errors.length && id ? `${id}-error` : undefined;
  return (
    <fieldset id={id} className={errors.length ? 'group field--invalid' : 'group'} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      <div className="checks checks--columns">
        {choices.map(({ code, name }) => (
          <label key={code}>
            <input
              type="checkbox"
              checked={value.includes(code)}
              onChange={(e) => onChange(e.target.checked ? [...value, code].sort() : value.filter((v) => v !== code))}
            />
            <span>{name}</span>
          </label>
        ))}
      </div>
      {errors.length > 0 && <p className="field__error" id={errorId}>{errors.join(' ')}</p>}
    </fieldset>
  );
}
