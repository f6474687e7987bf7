import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Loading } from '../../../components/Feedback';
import { describeProblem } from '../../../lib/i18n/problems';
import { usePreferences, useSavePreferences, type Kind } from '../api/notifications';

/** Which notifications also come by e-mail (the feed always has them all). */
export function NotificationSettings() {
  const intl = useIntl();
  const current = usePreferences();
  const save = useSavePreferences();
  const [off, setOff] = useState<Set<Kind> | null>(null);
  const [saved, setSaved] = useState(false);
  if (current.isPending) {
    return <Loading />;
  }
  if (current.isError) {
    return <Alert tone="error">{describeProblem(intl, current.error)}</Alert>;
  }
  const { preferences, etag } = current.data;
  const emailOff = off ?? new Set<Kind>(preferences.emailOff ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate({ preferences: { ...preferences, emailOff: [...emailOff] }, etag }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="email-settings-title">
      <h2 id="email-settings-title">
        <FormattedMessage id="notifications.settings" />
      </h2>
      <fieldset className="checks">
        <legend>
          <FormattedMessage id="notifications.emailFor" />
        </legend>
        {(preferences.kinds ?? []).map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={!emailOff.has(kind)}
              onChange={(e) => {
                const next = new Set(emailOff);
                if (e.target.checked) next.delete(kind);
                else next.add(kind);
                setOff(next);
                setSaved(false);
              }}
            />
            <FormattedMessage id={`kind.${kind}`} />
          </label>
        ))}
      </fieldset>
      {save.isError && <Alert tone="error">{describeProblem(intl, save.error)}</Alert>}
      {saved && (
        <Alert tone="success">
          <FormattedMessage id="notifications.saved" />
        </Alert>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        <FormattedMessage id="notifications.save" />
      </button>
    </form>
  );
}
