import { FormattedMessage, useIntl } from 'react-intl';
import { PageTitle } from '../../components/Page';
import { AccountManager } from '../../features/admin/components/AccountManager';
import { RequireSignIn } from '../RequireSignIn';

export function AdminAccountsRoute() {
  const intl = useIntl();
  return (
    <RequireSignIn>
      <PageTitle title={intl.formatMessage({ id: 'admin.accounts' })}>
        <FormattedMessage id="admin.accounts" />
      </PageTitle>
      <AccountManager />
    </RequireSignIn>
  );
}
