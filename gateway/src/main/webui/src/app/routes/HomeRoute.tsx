import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Loading } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { ApplicationList } from '../../features/applications/components/ApplicationList';
import { useMyApplications } from '../../features/applications/api/applications';
import { useSession } from '../../features/auth/hooks/useSession';
import { CallList } from '../../features/calls/components/CallList';
import { MyInvitations } from '../../features/consortium/components/MyInvitations';
import { AgencyDashboard } from '../../features/agency/components/AgencyDashboard';
import { MentorDashboard } from '../../features/mentoring/components/MentorDashboard';
import { ReviewList } from '../../features/reviews/components/ReviewList';
import type { Claims } from '../../lib/auth/session';

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
  return <StaffDashboard claims={state.claims} />;
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

/** Everyone else: a section per role held (an account may hold several). */
function StaffDashboard({ claims }: { claims: Claims }) {
  const intl = useIntl();
  const roles = claims.groups;
  return (
    <>
      <PageTitle title={intl.formatMessage({ id: 'dashboard.title' })}>
        <FormattedMessage id="dashboard.title" />
      </PageTitle>
      {roles.includes('ADMIN') && <AdminDashboard />}
      {roles.includes('AGENCY_ADMIN') && claims.agency && <AgencyDashboard agency={claims.agency} />}
      {roles.includes('REVIEWER') && <ReviewList />}
      {roles.includes('MENTOR') && <MentorDashboard />}
    </>
  );
}

function AdminDashboard() {
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">
        <FormattedMessage id="admin.title" />
      </h2>
      <ul className="cards cards--links">
        {(['accounts', 'clients', 'matching'] as const).map((screen) => (
          <li key={screen} className="card">
            <h3>
              <Link to={`/admin/${screen}`}>
                <FormattedMessage id={`admin.${screen}`} />
              </Link>
            </h3>
            <p className="meta">
              <FormattedMessage id={`admin.${screen}.about`} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
