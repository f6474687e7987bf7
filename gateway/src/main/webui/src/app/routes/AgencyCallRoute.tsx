import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert, Loading } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { ApplicationsPanel } from '../../features/agency/components/ApplicationsPanel';
import { AuditPanel } from '../../features/agency/components/AuditPanel';
import { CallActions } from '../../features/agency/components/CallActions';
import { ExportsPanel } from '../../features/agency/components/ExportsPanel';
import { FunderAgreement } from '../../features/agency/components/FunderAgreement';
import { RankingPanel } from '../../features/agency/components/RankingPanel';
import { useClaims } from '../../features/auth/hooks/useSession';
import { useCall } from '../../features/calls/api/calls';
import { CallDetails } from '../../features/calls/components/CallDetails';
import { describeProblem } from '../../lib/i18n/problems';
import { RequireSignIn } from '../RequireSignIn';

export function AgencyCallRoute() {
  return (
    <RequireSignIn>
      <AgencyCallScreen />
    </RequireSignIn>
  );
}

/** One call as its funding agency runs it: its life, applications and reviewers, ranking and shares, exports, audit. */
function AgencyCallScreen() {
  const intl = useIntl();
  const { callId = '' } = useParams();
  const claims = useClaims();
  const call = useCall(callId);
  const agency = claims?.agency ?? '';
  if (call.isPending) {
    return <Loading />;
  }
  if (call.isError) {
    return <Alert tone="error">{describeProblem(intl, call.error)}</Alert>;
  }
  const status = call.data.status ?? '';
  const evaluating = status === 'UNDER_EVALUATION' || status === 'DECIDED';
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">
          <FormattedMessage id="nav.dashboard" />
        </Link>
      </p>
      <PageTitle title={call.data.title ?? ''}>
        {call.data.title} <StatusBadge status={status} />
      </PageTitle>
      <CallActions call={call.data} agency={agency} admin={claims?.groups.includes('ADMIN') ?? false} />
      <FunderAgreement call={call.data} agency={agency} />
      <CallDetails call={call.data} />
      {status !== 'DRAFT' && <ApplicationsPanel call={call.data} agency={agency} />}
      {evaluating && <RankingPanel call={call.data} agency={agency} />}
      {status !== 'DRAFT' && <ExportsPanel callId={callId} ranked={evaluating} />}
      <AuditPanel callId={callId} />
    </>
  );
}
