import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/Page';
import { SignInForm } from '../../features/auth/components/SignInForm';
import { useSession } from '../../features/auth/hooks/useSession';

/** Only paths of this site are followed after signing in, never another origin. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (useSession().status === 'signed-in') {
    return <Navigate to={next} replace />;
  }
  return (
    <div className="narrow">
      <PageTitle title={intl.formatMessage({ id: 'signIn.title' })}>
        <FormattedMessage id="signIn.title" />
      </PageTitle>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
      <p>
        <FormattedMessage id="signIn.noAccount" />{' '}
        <Link to="/register">
          <FormattedMessage id="nav.register" />
        </Link>
      </p>
    </div>
  );
}
