import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert, Loading } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { CallForm } from '../../features/agency/components/CallForm';
import { useClaims } from '../../features/auth/hooks/useSession';
import { useCall } from '../../features/calls/api/calls';
import { describeProblem } from '../../lib/i18n/problems';
import { RequireSignIn } from '../RequireSignIn';

/** /agency/calls/new and /agency/calls/:callId/edit. */
export function CallEditRoute() {
  return (
    <RequireSignIn>
      <CallEditScreen />
    </RequireSignIn>
  );
}

function CallEditScreen() {
  const intl = useIntl();
  const { callId } = useParams();
  const claims = useClaims();
  const call = useCall(callId);
  const title = intl.formatMessage({ id: callId ? 'callForm.editTitle' : 'callForm.newTitle' });
  if (callId && call.isPending) {
    return <Loading />;
  }
  if (callId && call.isError) {
    return <Alert tone="error">{describeProblem(intl, call.error)}</Alert>;
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={callId ? `/agency/calls/${callId}` : '/'}>
          <FormattedMessage id={callId ? 'callForm.back' : 'nav.dashboard'} />
        </Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {callId && call.data?.status !== 'DRAFT' ? (
        <Alert tone="info">
          <FormattedMessage id="callForm.notDraft" />
        </Alert>
      ) : (
        <CallForm agency={claims?.agency ?? ''} call={callId ? call.data : undefined} />
      )}
    </>
  );
}
