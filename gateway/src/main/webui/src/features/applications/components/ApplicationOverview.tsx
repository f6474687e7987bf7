import { FormattedMessage, useIntl } from 'react-intl';
import { Money } from '../../../components/Formatted';
import { Tags } from '../../../components/Tags';
import { countryName, languageName } from '../../../lib/format';
import type { Application, CallView } from '../api/applications';

/** An application that can no longer be edited, as it was submitted. */
export function ApplicationOverview({ application, call, agencyNames }: { application: Application; call: CallView; agencyNames: Map<string, string> }) {
  const intl = useIntl();
  const currency = (agency: string) => call.funders?.find((f) => f.agency === agency)?.currency ?? '';
  return (
    <section aria-labelledby="overview-title" className="panel">
      <h2 id="overview-title">
        <FormattedMessage id="overview.title" />
      </h2>
      <p className="prose" dir="auto">{application.summary}</p>
      {application.sector && (
        <p>
          <FormattedMessage id="application.sectorIs" values={{ sector: <bdi>{application.sector}</bdi> }} />
        </p>
      )}
      <h3>
        <FormattedMessage id="application.amounts" />
      </h3>
      <ul>
        {Object.entries(application.requestedAmounts ?? {}).map(([agency, amount]) => (
          <li key={agency}>
            {agencyNames.get(agency) ?? agency}: <Money amount={amount} currency={currency(agency)} />
          </li>
        ))}
      </ul>
      <h3>
        <FormattedMessage id="application.partners" />
      </h3>
      <ul>
        {(application.partners ?? []).map((p, i) => (
          <li key={i}>
            {p.name} — {countryName(intl.locale, p.country ?? '')} ({p.role})
          </li>
        ))}
      </ul>
      {((application.mentoringNeeds ?? []).length > 0 || (application.languages ?? []).length > 0) && (
        <>
          <h3>
            <FormattedMessage id="application.mentoring" />
          </h3>
          <Tags values={application.mentoringNeeds ?? []} />
          {(application.languages ?? []).length > 0 && (
            <p>
              <FormattedMessage
                id="application.languagesAre"
                values={{ languages: intl.formatList((application.languages ?? []).map((l) => languageName(intl.locale, l))) }}
              />
            </p>
          )}
        </>
      )}
      {Object.keys(application.answers ?? {}).length > 0 && (
        <dl>
          {Object.entries(application.answers ?? {}).map(([criterion, answer]) => (
            <div key={criterion}>
              <dt>{criterion}</dt>
              <dd className="prose" dir="auto">{answer}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
