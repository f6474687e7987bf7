import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { Pager } from '../../../components/Pager';
import { describeProblem } from '../../../lib/i18n/problems';
import { useFeed, useMarkRead } from '../api/notifications';

/** The person's notifications, newest first: unread ones stand out; opening one marks it read. */
export function NotificationFeed() {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const feed = useFeed(offset);
  const mark = useMarkRead();
  if (feed.isPending) {
    return <Loading />;
  }
  if (feed.isError) {
    return <Alert tone="error">{describeProblem(intl, feed.error)}</Alert>;
  }
  const items = feed.data.items ?? [];
  const total = feed.data.total ?? 0;
  return (
    <section aria-labelledby="feed-title">
      <div className="actions">
        <h2 id="feed-title">
          <FormattedMessage id="notifications.feed" values={{ unread: feed.data.unread ?? 0 }} />
        </h2>
        {(feed.data.unread ?? 0) > 0 && (
          <button type="button" className="button button--secondary" onClick={() => mark.mutate('all')}>
            <FormattedMessage id="notifications.readAll" />
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <Empty>
          <FormattedMessage id="notifications.none" />
        </Empty>
      ) : (
        <ul className="feed">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'feed__item' : 'feed__item feed__item--unread'}>
              {!n.readAt && (
                <span className="visually-hidden">
                  <FormattedMessage id="notifications.unread" />
                </span>
              )}
              <Link to={n.link ?? '/'} onClick={() => !n.readAt && mark.mutate(n.id ?? '')}>
                {n.text}
              </Link>
              <span className="meta">
                {' '}
                <DateTime value={n.createdAt ?? ''} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager offset={offset} total={total} pageSize={20} onPage={setOffset} />
    </section>
  );
}
