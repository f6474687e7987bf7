import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Loading } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { useClaims } from '../../features/auth/hooks/useSession';
import { useMentorProfile } from '../../features/mentoring/api/mentoring';
import { MentorProfileForm } from '../../features/mentoring/components/MentorProfileForm';
import { describeProblem } from '../../lib/i18n/problems';
import { RequireSignIn } from '../RequireSignIn';

export function MentorProfileRoute() {
  return (
    <RequireSignIn>
      <MentorProfileScreen />
    </RequireSignIn>
  );
}

function MentorProfileScreen() {
  const intl = useIntl();
  const claims = useClaims();
  const profile = useMentorProfile();
  const title = intl.formatMessage({ id: 'mentorProfile.title' });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">
          <FormattedMessage id="nav.dashboard" />
        </Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <p className="lead">
        <FormattedMessage id="mentorProfile.lead" />
      </p>
      {profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <Alert tone="error">{describeProblem(intl, profile.error)}</Alert>
      ) : (
        <MentorProfileForm profile={profile.data} defaultName={claims?.name ?? ''} />
      )}
    </>
  );
}
