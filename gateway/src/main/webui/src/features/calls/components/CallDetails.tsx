import { FormattedMessage, useIntl } from 'react-intl';
import { DateTime, Money, TimeLeft } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { countryName } from '../../../lib/format';
import { useAgencies, type Call } from '../api/calls';

/** Everything an applicant needs to decide: funders and budgets in their currencies, rules, criteria, deadline. */
export function CallDetails({ call }: { call: Call }) {
  const intl = useIntl();
  const agencies = useAgencies();
  const totalWeight = (call.criteria ?? []).reduce((sum, c) => sum + (c.weight ?? 0), 0) || 1;
  const label = (id: string) => intl.formatMessage({ id });
  const eligibility = call.eligibility ?? {};
  return (
    <>
      <p className="meta">
        <StatusBadge status={call.status ?? ''} />{' '}
        {call.closesAt && (
          <FormattedMessage
            id="call.deadline"
            values={{ when: <DateTime value={call.closesAt} />, left: <TimeLeft until={call.closesAt} /> }}
          />
        )}
      </p>
      {call.description && <p className="prose" dir="auto">{call.description}</p>}
      {(call.sectors ?? []).length > 0 && (
        <p>
          <FormattedMessage id="call.sectors" values={{ sectors: (call.sectors ?? []).join(', ') }} />
        </p>
      )}

      <section aria-labelledby="funders-title">
        <h2 id="funders-title">
          <FormattedMessage id="call.funders" />
        </h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="funders-title">
          <table className="table--stack">
            <thead>
              <tr>
                <th scope="col"><FormattedMessage id="call.agency" /></th>
                <th scope="col"><FormattedMessage id="call.country" /></th>
                <th scope="col"><FormattedMessage id="call.budget" /></th>
                <th scope="col"><FormattedMessage id="call.maxRequest" /></th>
              </tr>
            </thead>
            <tbody>
              {(call.funders ?? []).map((f) => (
                <tr key={f.agency}>
                  <th scope="row">
                    {agencies.data?.get(f.agency ?? '')?.name ?? f.agency} <span className="code">({f.agency})</span>
                  </th>
                  <td data-label={label('call.country')}>{countryName(intl.locale, f.country ?? '')}</td>
                  <td data-label={label('call.budget')}><Money amount={f.budget ?? 0} currency={f.currency ?? ''} /></td>
                  <td data-label={label('call.maxRequest')}>
                    {f.maxRequest != null ? <Money amount={f.maxRequest} currency={f.currency ?? ''} /> : <FormattedMessage id="call.noCap" />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="hint">
          <FormattedMessage id="call.fundsOwnCountry" />
        </p>
      </section>

      <section aria-labelledby="eligibility-title">
        <h2 id="eligibility-title">
          <FormattedMessage id="call.eligibility" />
        </h2>
        <ul>
          <li>
            <FormattedMessage id="call.partners" values={{ min: eligibility.minPartners ?? 1, max: eligibility.maxPartners ?? 1 }} />
          </li>
          {(eligibility.requiredCountries ?? []).length > 0 && (
            <li>
              <FormattedMessage
                id="call.requiredCountries"
                values={{ countries: (eligibility.requiredCountries ?? []).map((c) => countryName(intl.locale, c)).join(', ') }}
              />
            </li>
          )}
        </ul>
      </section>

      <section aria-labelledby="criteria-title">
        <h2 id="criteria-title">
          <FormattedMessage id="call.criteria" />
        </h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="criteria-title">
          <table className="table--stack">
            <thead>
              <tr>
                <th scope="col"><FormattedMessage id="call.criterion" /></th>
                <th scope="col"><FormattedMessage id="call.weight" /></th>
                <th scope="col"><FormattedMessage id="call.maxScore" /></th>
                <th scope="col"><FormattedMessage id="call.threshold" /></th>
              </tr>
            </thead>
            <tbody>
              {(call.criteria ?? []).map((c) => (
                <tr key={c.name}>
                  <th scope="row">{c.name}</th>
                  <td data-label={label('call.weight')}>{intl.formatNumber((c.weight ?? 0) / totalWeight, { style: 'percent' })}</td>
                  <td data-label={label('call.maxScore')}>{intl.formatNumber(c.maxScore ?? 0)}</td>
                  <td data-label={label('call.threshold')}>{c.threshold != null ? intl.formatNumber(c.threshold) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {call.blindReview && (
          <p className="hint">
            <FormattedMessage id="call.blind" />
          </p>
        )}
      </section>
    </>
  );
}
