import { FormattedMessage, useIntl } from 'react-intl';
import { PageTitle } from '../../components/Page';
import { NotificationFeed } from '../../features/notifications/components/NotificationFeed';
import { NotificationSettings } from '../../features/notifications/components/NotificationSettings';
import { RequireSignIn } from '../RequireSignIn';

export function NotificationsRoute() {
  const intl = useIntl();
  return (
    <RequireSignIn>
      <PageTitle title={intl.formatMessage({ id: 'notifications.title' })}>
        <FormattedMessage id="notifications.title" />
      </PageTitle>
      <NotificationFeed />
      <NotificationSettings />
    </RequireSignIn>
  );
}
