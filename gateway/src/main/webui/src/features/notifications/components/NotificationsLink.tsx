import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import { useUnreadCount } from '../api/notifications';

/** The header's way to the feed, saying how many notifications are unread. */
export function NotificationsLink() {
  const intl = useIntl();
  const unread = useUnreadCount(true).data ?? 0;
  return (
    <NavLink to="/notifications" aria-label={intl.formatMessage({ id: 'notifications.link' }, { count: unread })}>
      <FormattedMessage id="notifications.title" />
      {unread > 0 && (
        <span className="count-badge" aria-hidden="true">
          {intl.formatNumber(unread)}
        </span>
      )}
    </NavLink>
  );
}
