import { FormattedMessage, useIntl } from 'react-intl';
import { PageTitle } from '../../components/Page';
import { ApiClients } from '../../features/admin/components/ApiClients';
import { RequireSignIn } from '../RequireSignIn';

export function AdminClientsRoute() {
  const intl = useIntl();
  return (
    <RequireSignIn>
      <PageTitle title={intl.formatMessage({ id: 'admin.clients' })}>
        <FormattedMessage id="admin.clients" />
      </PageTitle>
      <ApiClients />
    </RequireSignIn>
  );
}
