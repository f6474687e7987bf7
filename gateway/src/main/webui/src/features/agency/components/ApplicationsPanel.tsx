import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { SelectField } from '../../../components/Field';
import { DateTime, Money } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { countryName } from '../../../lib/format';
import { describeProblem } from '../../../lib/i18n/problems';
import type { Application } from '../../applications/api/applications';
import { useAgencyReviewers, useAssignReviewer, useCallApplications, useReviewsOf, type CallView } from '../api/agency';

/** The call's applications, their reviews and, while they are under review, reviewer assignment. */
export function ApplicationsPanel({ call, agency }: { call: CallView; agency: string }) {
  const intl = useIntl();
  const applications = useCallApplications(call.id ?? '');
  const reviewers = useAgencyReviewers(agency);
  const names = new Map((reviewers.data?.items ?? []).map((r) => [r.id ?? '', r.displayName ?? r.email ?? ''] as const));
  const currencies = new Map((call.funders ?? []).map((f) => [f.agency ?? '', f.currency ?? ''] as const));
  return (
    <section aria-labelledby="applications-title" className="panel">
      <h2 id="applications-title">
        <FormattedMessage id="agency.applications" />
      </h2>
      {applications.isPending ? (
        <Loading />
      ) : applications.isError ? (
        <Alert tone="error">{describeProblem(intl, applications.error)}</Alert>
      ) : !applications.data.items?.length ? (
        <Empty>
          <FormattedMessage id="agency.noApplications" />
        </Empty>
      ) : (
        <ul className="cards">
          {applications.data.items.map((application) => (
            <li key={application.id} className="card">
              <h3>
                {application.title} <StatusBadge status={application.status ?? ''} />
              </h3>
              <p className="meta">
                {(application.partners ?? []).map((p) => `${p.name} (${countryName(intl.locale, p.country ?? '')})`).join(' · ')}
              </p>
              <p className="meta">
                {Object.entries(application.requestedAmounts ?? {}).map(([code, amount], i) => (
                  <span key={code}>
                    {i > 0 && ' · '}
                    <bdi className="agency-code">{code}</bdi>: <Money amount={amount} currency={currencies.get(code) ?? ''} />
                  </span>
                ))}
                {application.submittedAt && (
                  <>
                    {' · '}
                    <FormattedMessage id="agency.submittedAt" values={{ when: <DateTime value={application.submittedAt} /> }} />
                  </>
                )}
              </p>
              <Reviews application={application} agency={agency} names={names} reviewers={reviewers.data?.items ?? []} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Reviews({ application, agency, names, reviewers }: {
  application: Application;
  agency: string;
  names: Map<string, string>;
  reviewers: { id?: string; displayName?: string; email?: string }[];
}) {
  const intl = useIntl();
  const reviews = useReviewsOf(application.id ?? '');
  const assign = useAssignReviewer(application.id ?? '', agency);
  const [reviewer, setReviewer] = useState('');
  const assigned = new Set((reviews.data?.items ?? []).map((r) => r.reviewerId));
  const free = reviewers.filter((r) => !assigned.has(r.id));
  return (
    <div className="reviews">
      <h4>
        <FormattedMessage id="agency.reviews" />
      </h4>
      {reviews.isPending ? (
        <Loading />
      ) : !reviews.data?.items?.length ? (
        <p className="meta">
          <FormattedMessage id="agency.noReviews" />
        </p>
      ) : (
        <ul>
          {reviews.data.items.map((review) => (
            <li key={review.id}>
              {names.get(review.reviewerId ?? '') ?? review.reviewerId} ({review.reviewerAgency}) <StatusBadge status={review.status ?? ''} />
              {review.status === 'CONFLICT_DECLARED' && review.conflictReason && (
                <span className="meta">
                  {' '}
                  <FormattedMessage id="agency.conflict" values={{ reason: <bdi>{review.conflictReason}</bdi> }} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {application.status === 'UNDER_REVIEW' && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reviewer) {
              assign.mutate(reviewer, { onSuccess: () => setReviewer('') });
            }
          }}
        >
          <SelectField
            label={<FormattedMessage id="agency.reviewer" values={{ title: <bdi>{application.title}</bdi> }} />}
            value={reviewer}
            onChange={(e) => setReviewer(e.target.value)}
          >
            <option value="">{intl.formatMessage({ id: 'common.choose' })}</option>
            {free.map((r) => (
              <option key={r.id} value={r.id} dir="auto">
                {r.displayName} — {r.email}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--secondary" disabled={!reviewer || assign.isPending}>
            <FormattedMessage id="agency.assign" />
          </button>
          {assign.isError && <Alert tone="error">{describeProblem(intl, assign.error)}</Alert>}
        </form>
      )}
    </div>
  );
}
