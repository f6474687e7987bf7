import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Loading } from '../../../components/Feedback';
import { DateTime, Money } from '../../../components/Formatted';
import { describeProblem } from '../../../lib/i18n/problems';
import { useAward, type Application } from '../api/applications';

/** Each co-funding agency's decision on its own share. */
export function AwardShares({ application, agencyNames }: { application: Application; agencyNames: Map<string, string> }) {
  const intl = useIntl();
  const decided = ['UNDER_REVIEW', 'AWARDED', 'REJECTED'].includes(application.status ?? '');
  const award = useAward(application.id ?? '', decided);
  if (!decided) {
    return null;
  }
  return (
    <section aria-labelledby="award-title" className="panel">
      <h2 id="award-title">
        <FormattedMessage id="award.title" />
      </h2>
      {award.isPending ? (
        <Loading />
      ) : award.isError ? (
        <Alert tone="error">{describeProblem(intl, award.error)}</Alert>
      ) : (
        <ul className="shares">
          {(award.data.shares ?? []).map((share) => (
            <li key={share.agency}>
              <strong>{agencyNames.get(share.agency ?? '') ?? share.agency}</strong>: <Money amount={share.amount ?? 0} currency={share.currency ?? ''} /> —{' '}
              <FormattedMessage id={`award.decision.${share.decision ?? 'PENDING'}`} defaultMessage={share.decision ?? ''} />
              {share.decidedAt && (
                <>
                  {' '}
                  (<DateTime value={share.decidedAt} />)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
