import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem } from '../../../lib/i18n/problems';
import { useMyReviews } from '../api/reviews';

/** A reviewer's assignments: what is still to score first. */
export function ReviewList() {
  const intl = useIntl();
  const reviews = useMyReviews();
  const items = [...(reviews.data?.items ?? [])].sort(
    (a, b) => Number(b.status === 'ASSIGNED') - Number(a.status === 'ASSIGNED') || (b.assignedAt ?? '').localeCompare(a.assignedAt ?? ''),
  );
  return (
    <section aria-labelledby="reviews-title">
      <h2 id="reviews-title">
        <FormattedMessage id="reviews.title" />
      </h2>
      {reviews.isPending ? (
        <Loading />
      ) : reviews.isError ? (
        <Alert tone="error">{describeProblem(intl, reviews.error)}</Alert>
      ) : !items.length ? (
        <Empty>
          <FormattedMessage id="reviews.empty" />
        </Empty>
      ) : (
        <ul className="cards">
          {items.map((review) => (
            <li key={review.id} className="card">
              <h3>
                <Link to={`/reviews/${review.id}`}>{review.application?.title}</Link> <StatusBadge status={review.status ?? ''} />
              </h3>
              <p className="meta">
                {review.application?.callTitle} ·{' '}
                <FormattedMessage id="reviews.assignedAt" values={{ when: <DateTime value={review.assignedAt ?? ''} /> }} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
