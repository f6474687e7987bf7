import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem } from '../../../lib/i18n/problems';
import { useMyMatches, useMyMentoringRequests } from '../api/mentoring';

/** After an award: the mentoring request that followed it and, once matched, the mentor. */
export function MentoringAfterAward({ applicationId }: { applicationId: string }) {
  const intl = useIntl();
  const requests = useMyMentoringRequests();
  const matches = useMyMatches();
  if (requests.isPending || matches.isPending) {
    return <Loading />;
  }
  if (requests.isError || matches.isError) {
    return <Alert tone="error">{describeProblem(intl, requests.error ?? matches.error)}</Alert>;
  }
  const request = (requests.data.items ?? []).find((r) => r.applicationId === applicationId);
  const match = (matches.data.items ?? [])
    .filter((m) => m.requestId === request?.id)
    .sort((a, b) => (b.proposedAt ?? '').localeCompare(a.proposedAt ?? ''))[0];
  return (
    <section aria-labelledby="mentoring-title" className="panel">
      <h2 id="mentoring-title">
        <FormattedMessage id="mentoring.title" />
      </h2>
      {!request ? (
        <p>
          <FormattedMessage id="mentoring.pending" />
        </p>
      ) : (
        <>
          <p>
            <FormattedMessage id="mentoring.request" values={{ when: <DateTime value={request.createdAt ?? ''} /> }} />{' '}
            <StatusBadge status={request.status ?? ''} />
          </p>
          {request.sector && (
            <p className="meta">
              <FormattedMessage id="mentoring.sector" values={{ sector: <bdi>{request.sector}</bdi> }} />
            </p>
          )}
          {match?.status === 'ACCEPTED' ? (
            <Alert tone="success">
              <FormattedMessage id="mentoring.mentor" values={{ name: <bdi>{match.mentorName}</bdi> }} />{' '}
              <Link to={`/matches/${match.id}`}>
                <FormattedMessage id="mentoring.open" />
              </Link>
            </Alert>
          ) : match?.status === 'PROPOSED' ? (
            <p>
              <FormattedMessage id="mentoring.proposed" values={{ name: <bdi>{match.mentorName}</bdi> }} />{' '}
              <Link to="/mentoring">
                <FormattedMessage id="mentoring.edit" />
              </Link>
            </p>
          ) : (
            <p>
              <FormattedMessage id="mentoring.waiting" />
            </p>
          )}
        </>
      )}
    </section>
  );
}
