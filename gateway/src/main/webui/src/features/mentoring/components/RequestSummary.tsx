import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Tags } from '../../../components/Tags';
import { countryName, languageName } from '../../../lib/format';
import type { MentoringRequest } from '../api/mentoring';

/** What a startup asks of a mentor: who it is, its sector, needs, languages and its own words. */
export function RequestSummary({ request }: { request: MentoringRequest }) {
  const intl = useIntl();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="panel">
      <h2 id={titleId}>
        <FormattedMessage id="request.title" />
      </h2>
      <dl className="facts">
        {request.startupName && (
          <div>
            <dt><FormattedMessage id="request.startup" /></dt>
            <dd>{request.startupName}</dd>
          </div>
        )}
        {request.country && (
          <div>
            <dt><FormattedMessage id="request.country" /></dt>
            <dd>{countryName(intl.locale, request.country)}</dd>
          </div>
        )}
        {request.sector && (
          <div>
            <dt><FormattedMessage id="request.sector" /></dt>
            <dd>{request.sector}</dd>
          </div>
        )}
        <div>
          <dt><FormattedMessage id="request.needs" /></dt>
          <dd>
            <Tags values={request.needs ?? []} label={intl.formatMessage({ id: 'request.needs' })} />
          </dd>
        </div>
        {(request.languages ?? []).length > 0 && (
          <div>
            <dt><FormattedMessage id="request.languages" /></dt>
            <dd>{(request.languages ?? []).map((l) => languageName(intl.locale, l)).join(', ')}</dd>
          </div>
        )}
        {request.timeZone && (
          <div>
            <dt><FormattedMessage id="request.timeZone" /></dt>
            <dd>{request.timeZone}</dd>
          </div>
        )}
      </dl>
      {request.description && <p className="prose" dir="auto">{request.description}</p>}
    </section>
  );
}
