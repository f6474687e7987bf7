import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem } from '../../../lib/i18n/problems';
import { useCancelRequest, useMyMatches, useMyMentoringRequests, type Match, type MentoringRequest } from '../api/mentoring';
import { RequestEditor } from './RequestEditor';
import { RequestSummary } from './RequestSummary';

/** A startup's mentoring: each request, the mentors proposed for it, its mentor once one accepted. */
export function MyMentoring() {
  const intl = useIntl();
  const requests = useMyMentoringRequests();
  const matches = useMyMatches();
  if (requests.isPending || matches.isPending) {
    return <Loading />;
  }
  if (requests.isError || matches.isError) {
    return <Alert tone="error">{describeProblem(intl, requests.error ?? matches.error)}</Alert>;
  }
  if (!requests.data.items?.length) {
    return (
      <Empty>
        <FormattedMessage id="myMentoring.none" />
      </Empty>
    );
  }
  return (
    <ul className="stack">
      {requests.data.items.map((request) => (
        <li key={request.id}>
          <RequestCard request={request} matches={(matches.data.items ?? []).filter((m) => m.requestId === request.id)} />
        </li>
      ))}
    </ul>
  );
}

function RequestCard({ request, matches }: { request: MentoringRequest; matches: Match[] }) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const cancel = useCancelRequest(request.id ?? '');
  const editable = request.status === 'OPEN' || request.status === 'PROPOSED';
  return (
    <article className="panel" aria-labelledby={`request-${request.id}-title`}>
      <h2 id={`request-${request.id}-title`}>
        <FormattedMessage id="myMentoring.request" values={{ when: <DateTime value={request.createdAt ?? ''} /> }} />{' '}
        <StatusBadge status={request.status ?? ''} />
      </h2>
      {editing ? <RequestEditor request={request} onDone={() => setEditing(false)} /> : <RequestSummary request={request} />}
      {!editing && (
        <div className="actions">
          {editable && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              <FormattedMessage id="myMentoring.edit" />
            </button>
          )}
          {request.status === 'OPEN' && (
            <ReasonDialog
              opener={<FormattedMessage id="myMentoring.withdraw" />}
              title={<FormattedMessage id="myMentoring.withdraw.title" />}
              body={<FormattedMessage id="myMentoring.withdraw.body" />}
              confirm={<FormattedMessage id="myMentoring.withdraw" />}
              danger
              pending={cancel.isPending}
              error={cancel.isError ? describeProblem(intl, cancel.error) : undefined}
              onConfirm={(reason, close) => cancel.mutate(reason, { onSuccess: close })}
            />
          )}
        </div>
      )}
      <h3>
        <FormattedMessage id="myMentoring.mentors" />
      </h3>
      {!matches.length ? (
        <p className="meta">
          <FormattedMessage id="mentoring.waiting" />
        </p>
      ) : (
        <ul>
          {matches.map((m) => (
            <li key={m.id}>
              <Link to={`/matches/${m.id}`}>{m.mentorName}</Link> <StatusBadge status={m.status ?? ''} />{' '}
              <span className="meta">
                <FormattedMessage id="mentor.proposedAt" values={{ when: <DateTime value={m.proposedAt ?? ''} /> }} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
