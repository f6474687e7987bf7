import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { TextArea, TextField } from '../../../components/Field';
import { formatDate } from '../../../lib/format';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { useLogSession, useSessions } from '../api/mentoring';

const today = () => new Date().toISOString().slice(0, 10);

/** The sessions held so far, and a form for either party to log the latest. */
export function SessionsPanel({ matchId, canLog }: { matchId: string; canLog: boolean }) {
  const intl = useIntl();
  const sessions = useSessions(matchId);
  const log = useLogSession(matchId);
  const [heldOn, setHeldOn] = useState(today);
  const [minutes, setMinutes] = useState('60');
  const [notes, setNotes] = useState('');
  return (
    <section aria-labelledby="sessions-title" className="panel">
      <h2 id="sessions-title">
        <FormattedMessage id="sessions.title" />
      </h2>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <Alert tone="error">{describeProblem(intl, sessions.error)}</Alert>
      ) : !sessions.data.items?.length ? (
        <Empty>
          <FormattedMessage id="sessions.empty" />
        </Empty>
      ) : (
        <ul className="sessions">
          {sessions.data.items.map((s) => (
            <li key={s.id}>
              <strong>{formatDate(intl.locale, `${s.heldOn}T12:00:00Z`)}</strong> ·{' '}
              <FormattedMessage id="sessions.minutes" values={{ minutes: s.durationMinutes }} />
              {s.notes && <p className="prose" dir="auto">{s.notes}</p>}
            </li>
          ))}
        </ul>
      )}
      {canLog && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            log.mutate(
              { heldOn, durationMinutes: Number.parseInt(minutes, 10), notes: notes.trim() || undefined },
              { onSuccess: () => setNotes('') },
            );
          }}
        >
          <h3>
            <FormattedMessage id="sessions.log" />
          </h3>
          <div className="row">
            <TextField id="session-date" type="date" max={today()} label={<FormattedMessage id="sessions.heldOn" />} value={heldOn}
              onChange={(e) => setHeldOn(e.target.value)} errors={fieldMessages(intl, log.error, 'heldOn')} />
            <TextField id="session-minutes" type="number" min={1} max={1440} label={<FormattedMessage id="sessions.duration" />} value={minutes}
              onChange={(e) => setMinutes(e.target.value)} errors={fieldMessages(intl, log.error, 'durationMinutes')} />
          </div>
          <TextArea id="session-notes" rows={3} maxLength={4000} label={<FormattedMessage id="sessions.notes" />} value={notes}
            onChange={(e) => setNotes(e.target.value)} errors={fieldMessages(intl, log.error, 'notes')} />
          {log.isError && <Alert tone="error">{describeProblem(intl, log.error)}</Alert>}
          {log.isSuccess && (
            <Alert tone="success">
              <FormattedMessage id="sessions.logged" />
            </Alert>
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={log.isPending}>
              <FormattedMessage id="sessions.submit" />
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
