import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { Alert, Loading } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { StartApplicationForm } from '../../features/applications/components/StartApplicationForm';
import { useSession } from '../../features/auth/hooks/useSession';
import { useCall } from '../../features/calls/api/calls';
import { CallDetails } from '../../features/calls/components/CallDetails';
import { describeProblem } from '../../lib/i18n/problems';

export function CallRoute() {
  const intl = useIntl();
  const { callId = '' } = useParams();
  const location = useLocation();
  const state = useSession();
  const call = useCall(callId);
  if (call.isPending) {
    return <Loading />;
  }
  if (call.isError) {
    return <Alert tone="error">{describeProblem(intl, call.error)}</Alert>;
  }
  const open = call.data.status === 'OPEN';
  const isStartup = state.status === 'signed-in' && state.claims.groups.includes('STARTUP');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/calls">
          <FormattedMessage id="nav.calls" />
        </Link>
      </p>
      <PageTitle title={call.data.title ?? ''}>{call.data.title}</PageTitle>
      <CallDetails call={call.data} />
      {open && isStartup && <StartApplicationForm callId={callId} country={state.claims.country} />}
      {open && state.status === 'anonymous' && (
        <p className="panel">
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
            <FormattedMessage id="call.signInToApply" />
          </Link>
        </p>
      )}
    </>
  );
}
