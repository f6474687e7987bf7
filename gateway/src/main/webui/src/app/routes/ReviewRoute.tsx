import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert, Loading } from '../../components/Feedback';
import { DateTime } from '../../components/Formatted';
import { PageTitle } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { useReview } from '../../features/reviews/api/reviews';
import { ReviewedApplication } from '../../features/reviews/components/ReviewedApplication';
import { ScoreForm } from '../../features/reviews/components/ScoreForm';
import { describeProblem } from '../../lib/i18n/problems';
import { RequireSignIn } from '../RequireSignIn';

export function ReviewRoute() {
  return (
    <RequireSignIn>
      <ReviewScreen />
    </RequireSignIn>
  );
}

function ReviewScreen() {
  const intl = useIntl();
  const { reviewId = '' } = useParams();
  const review = useReview(reviewId);
  if (review.isPending) {
    return <Loading />;
  }
  if (review.isError) {
    return <Alert tone="error">{describeProblem(intl, review.error)}</Alert>;
  }
  const r = review.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">
          <FormattedMessage id="nav.dashboard" />
        </Link>
      </p>
      <PageTitle title={r.application?.title ?? ''}>
        {r.application?.title} <StatusBadge status={r.status ?? ''} />
      </PageTitle>
      <p className="meta">{r.application?.callTitle}</p>
      <ReviewedApplication review={r} />
      {r.status === 'ASSIGNED' && <ScoreForm review={r} />}
      {r.status === 'SUBMITTED' && (
        <section aria-labelledby="submitted-title" className="panel">
          <h2 id="submitted-title">
            <FormattedMessage id="review.submitted" values={{ when: <DateTime value={r.submittedAt ?? ''} /> }} />
          </h2>
          <ul>
            {(r.scores ?? []).map((s) => (
              <li key={s.criterion}>
                <strong>{s.criterion}</strong>: <FormattedNumber value={s.score ?? 0} /> — {s.comment}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.status === 'CONFLICT_DECLARED' && (
        <Alert tone="info">
          <FormattedMessage id="review.conflictDeclared" values={{ reason: <bdi>{r.conflictReason}</bdi> }} />
        </Alert>
      )}
    </>
  );
}
