import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../../components/Feedback';
import { describeProblem } from '../../../lib/i18n/problems';
import { useAnswer, useMyPendingInvitations, type Invitation } from '../api/consortium';

/** Invitations from other startups to join their applications, answered here. Shown only when there are some. */
export function MyInvitations() {
  const intl = useIntl();
  const pending = useMyPendingInvitations();
  const answer = useAnswer();
  const [answered, setAnswered] = useState<{ invitation: Invitation; accepted: boolean } | null>(null);
  const items = pending.data?.items ?? [];
  if (items.length === 0 && !answered) {
    return null;
  }
  return (
    <section aria-labelledby="invitations-title" className="panel">
      <h2 id="invitations-title">
        <FormattedMessage id="invitations.title" />
      </h2>
      {answered && (
        <Alert tone="success">
          <FormattedMessage
            id={answered.accepted ? 'invitations.accepted' : 'invitations.declined'}
            values={{ application: answered.invitation.applicationTitle }}
          />{' '}
          {answered.accepted && (
            <Link to={`/applications/${answered.invitation.applicationId}`}>{answered.invitation.applicationTitle}</Link>
          )}
        </Alert>
      )}
      {answer.isError && <Alert tone="error">{describeProblem(intl, answer.error)}</Alert>}
      <ul className="cards">
        {items.map((invitation) => (
          <li key={invitation.id} className="card invitation">
            <p>
              <FormattedMessage
                id="invitations.from"
                values={{
                  owner: invitation.inviterName ?? intl.formatMessage({ id: 'consortium.lead' }),
                  application: invitation.applicationTitle,
                  call: invitation.callTitle,
                }}
              />
            </p>
            {invitation.message && <blockquote className="prose" dir="auto">{invitation.message}</blockquote>}
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ id: invitation.id ?? '', answer: 'accept' }, { onSuccess: () => setAnswered({ invitation, accepted: true }) })}
              >
                <FormattedMessage id="invitations.accept" />
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ id: invitation.id ?? '', answer: 'decline' }, { onSuccess: () => setAnswered({ invitation, accepted: false }) })}
              >
                <FormattedMessage id="invitations.decline" />
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
