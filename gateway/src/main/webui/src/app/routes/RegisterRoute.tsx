import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../components/Page';
import { RegisterForm } from '../../features/auth/components/RegisterForm';

export function RegisterRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  return (
    <div className="narrow">
      <PageTitle title={intl.formatMessage({ id: 'register.title' })}>
        <FormattedMessage id="register.title" />
      </PageTitle>
      <p>
        <FormattedMessage id="register.intro" />
      </p>
      <RegisterForm onRegistered={() => navigate('/', { replace: true })} />
      <p>
        <FormattedMessage id="register.haveAccount" />{' '}
        <Link to="/signin">
          <FormattedMessage id="nav.signIn" />
        </Link>
      </p>
    </div>
  );
}
