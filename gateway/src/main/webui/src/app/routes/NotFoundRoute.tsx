import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageTitle } from '../../components/Page';

export function NotFoundRoute() {
  const intl = useIntl();
  return (
    <>
      <PageTitle title={intl.formatMessage({ id: 'notFound.title' })}>
        <FormattedMessage id="notFound.title" />
      </PageTitle>
      <p>
        <FormattedMessage id="notFound.body" />
      </p>
      <Link to="/">
        <FormattedMessage id="nav.home" />
      </Link>
    </>
  );
}
