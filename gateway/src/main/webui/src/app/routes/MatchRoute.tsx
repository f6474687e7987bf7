import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert, Loading } from '../../components/Feedback';
import { DateTime } from '../../components/Formatted';
import { PageTitle } from '../../components/Page';
import { ReasonDialog } from '../../components/ReasonDialog';
import { StatusBadge } from '../../components/StatusBadge';
import { useClaims } from '../../features/auth/hooks/useSession';
import { requestOf, useEndMatch, useMatch } from '../../features/mentoring/api/mentoring';
import { FeedbackPanel } from '../../features/mentoring/components/FeedbackPanel';
import { ProposalAnswer } from '../../features/mentoring/components/ProposalAnswer';
import { RequestSummary } from '../../features/mentoring/components/RequestSummary';
import { ScoreExplanation } from '../../features/mentoring/components/ScoreExplanation';
import { SessionsPanel } from '../../features/mentoring/components/SessionsPanel';
import { describeProblem } from '../../lib/i18n/problems';
import { RequireSignIn } from '../RequireSignIn';

export function MatchRoute() {
  return (
    <RequireSignIn>
      <MatchScreen />
    </RequireSignIn>
  );
}

/** One match, for its mentor and its startup: the request, why they were matched, then sessions and feedback. */
function MatchScreen() {
  const intl = useIntl();
  const { matchId = '' } = useParams();
  const claims = useClaims();
  const match = useMatch(matchId);
  const end = useEndMatch(matchId);
  if (match.isPending) {
    return <Loading />;
  }
  if (match.isError) {
    return <Alert tone="error">{describeProblem(intl, match.error)}</Alert>;
  }
  const m = match.data;
  const request = requestOf(m);
  const me = claims?.sub ?? '';
  const isStartup = m.startupId === me;
  const isMentor = !isStartup && (claims?.groups.includes('MENTOR') ?? false);
  const title = intl.formatMessage(
    { id: isStartup ? 'match.titleStartup' : 'match.titleMentor' },
    { mentor: m.mentorName, startup: request?.startupName || intl.formatMessage({ id: 'match.aStartup' }) },
  );
  const active = m.status === 'ACCEPTED';
  return (
    <>
      <p className="breadcrumb">
        <Link to={isStartup ? '/mentoring' : '/'}>
          <FormattedMessage id={isStartup ? 'nav.mentoring' : 'nav.dashboard'} />
        </Link>
      </p>
      <PageTitle title={title}>
        {title} <StatusBadge status={m.status ?? ''} />
      </PageTitle>
      <p className="meta">
        <FormattedMessage id="match.proposedAt" values={{ when: <DateTime value={m.proposedAt ?? ''} /> }} />
        {m.answeredAt && (
          <>
            {' · '}
            <FormattedMessage id="match.answeredAt" values={{ when: <DateTime value={m.answeredAt} /> }} />
          </>
        )}
      </p>
      {isMentor && m.status === 'PROPOSED' && <ProposalAnswer match={m} />}
      {request && <RequestSummary request={request} />}
      <ScoreExplanation items={m.explanation ?? []} score={m.score} />
      {(active || m.status === 'ENDED') && (
        <>
          <SessionsPanel matchId={matchId} canLog={active} />
          <FeedbackPanel matchId={matchId} me={me} canGive />
        </>
      )}
      {active && (
        <div className="actions">
          <ReasonDialog
            opener={<FormattedMessage id="match.end" />}
            title={<FormattedMessage id="match.end.title" />}
            body={<FormattedMessage id="match.end.body" />}
            confirm={<FormattedMessage id="match.end" />}
            danger
            pending={end.isPending}
            error={end.isError ? describeProblem(intl, end.error) : undefined}
            onConfirm={(reason, close) => end.mutate(reason, { onSuccess: close })}
          />
        </div>
      )}
    </>
  );
}
