import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Loading } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { ApplicationList } from '../../features/applications/components/ApplicationList';
import { useMyApplications } from '../../features/applications/api/applications';
import { useSession } from '../../features/auth/hooks/useSession';
import { CallList } from '../../features/calls/components/CallList';
import { MyInvitations } from '../../features/consortium/components/MyInvitations';

export function HomeRoute() {
  const state = useSession();
  if (state.status === 'restoring') {
    return <Loading />;
  }
  if (state.status === 'anonymous') {
    return <Welcome />;
  }
  if (state.claims.groups.includes('STARTUP')) {
    return <StartupDashboard me={state.claims.sub} />;
  }
  return <OtherRoles roles={state.claims.groups} />;
}

function Welcome() {
  const intl = useIntl();
  return (
    <>
      <PageTitle title={intl.formatMessage({ id: 'welcome.title' })}>
        <FormattedMessage id="welcome.title" />
      </PageTitle>
      <p className="lead">
        <FormattedMessage id="welcome.lead" />
      </p>
      <p className="actions">
        <Link className="button" to="/register">
          <FormattedMessage id="welcome.register" />
        </Link>
        <Link className="button button--secondary" to="/signin">
          <FormattedMessage id="nav.signIn" />
        </Link>
      </p>
      <section aria-labelledby="open-calls-title">
        <h2 id="open-calls-title">
          <FormattedMessage id="welcome.openCalls" />
        </h2>
        <CallList search={{}} offset={0} />
      </section>
    </>
  );
}

function StartupDashboard({ me }: { me: string }) {
  const intl = useIntl();
  const applications = useMyApplications();
  const active = (applications.data?.items ?? [])
    .filter((a) => a.status !== 'WITHDRAWN' && a.status !== 'REJECTED' && a.ownerId === me)
    .map((a) => a.callId ?? '');
  return (
    <>
      <PageTitle title={intl.formatMessage({ id: 'dashboard.title' })}>
        <FormattedMessage id="dashboard.title" />
      </PageTitle>
      <MyInvitations />
      <ApplicationList me={me} />
      <section aria-labelledby="can-apply-title">
        <h2 id="can-apply-title">
          <FormattedMessage id="dashboard.canApply" />
        </h2>
        <CallList search={{}} offset={0} exclude={active} />
        <p>
          <Link to="/calls">
            <FormattedMessage id="dashboard.allCalls" />
          </Link>
        </p>
      </section>
    </>
  );
}

/** Mentors, reviewers and agency staff: their screens are the next part of the web client; the API serves them today. */
function OtherRoles({ roles }: { roles: string[] }) {
  const intl = useIntl();
  return (
    <>
      <PageTitle title={intl.formatMessage({ id: 'dashboard.title' })}>
        <FormattedMessage id="dashboard.title" />
      </PageTitle>
      <p>
        <FormattedMessage
          id="dashboard.otherRoles"
          values={{ roles: roles.map((r) => intl.formatMessage({ id: `role.${r}`, defaultMessage: r })).join(', ') }}
        />
      </p>
      <p>
        <a href="/q/swagger-ui">
          <FormattedMessage id="footer.api" />
        </a>
      </p>
    </>
  );
}
