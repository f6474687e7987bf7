import { FormattedMessage, useIntl } from 'react-intl';
import { countryName } from '../../../lib/format';
import type { Review } from '../api/reviews';

/** The application as its reviewer reads it; in a blind call the partners are numbered, never named. */
export function ReviewedApplication({ review }: { review: Review }) {
  const intl = useIntl();
  const application = review.application ?? {};
  const blind = !application.ownerId;
  return (
    <section aria-labelledby="reviewed-title" className="panel">
      <h2 id="reviewed-title">
        <FormattedMessage id="review.application" />
      </h2>
      {blind && (
        <p className="hint">
          <FormattedMessage id="review.blind" />
        </p>
      )}
      <p className="prose" dir="auto">{application.summary}</p>
      <h3>
        <FormattedMessage id="review.partners" />
      </h3>
      <ul>
        {(application.partners ?? []).map((p, i) => (
          <li key={i}>
            {blind ? <FormattedMessage id="review.partner" values={{ n: i + 1 }} /> : p.name} — {countryName(intl.locale, p.country ?? '')}
          </li>
        ))}
      </ul>
      {Object.entries(application.answers ?? {}).map(([criterion, answer]) => (
        <div key={criterion}>
          <h3>{criterion}</h3>
          <p className="prose" dir="auto">{answer}</p>
        </div>
      ))}
    </section>
  );
}
