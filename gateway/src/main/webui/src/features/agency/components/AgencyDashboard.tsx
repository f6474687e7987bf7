import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeProblem } from '../../../lib/i18n/problems';
import { useAgencyCalls } from '../api/agency';

/** An agency admin's start: every call its agency funds, and a new one. */
export function AgencyDashboard({ agency }: { agency: string }) {
  const intl = useIntl();
  const calls = useAgencyCalls(agency);
  return (
    <section aria-labelledby="agency-calls-title">
      <h2 id="agency-calls-title">
        <FormattedMessage id="agency.calls" values={{ agency }} />
      </h2>
      <p>
        <Link className="button" to="/agency/calls/new">
          <FormattedMessage id="agency.newCall" />
        </Link>
      </p>
      {calls.isPending ? (
        <Loading />
      ) : calls.isError ? (
        <Alert tone="error">{describeProblem(intl, calls.error)}</Alert>
      ) : !calls.data.items?.length ? (
        <Empty>
          <FormattedMessage id="agency.noCalls" />
        </Empty>
      ) : (
        <ul className="cards">
          {calls.data.items.map((call) => (
            <li key={call.id} className="card">
              <h3>
                <Link to={`/agency/calls/${call.id}`}>{call.title}</Link> <StatusBadge status={call.status ?? ''} />
              </h3>
              <p className="meta">
                <FormattedMessage
                  id="agency.callDates"
                  values={{ opens: <DateTime value={call.opensAt ?? ''} />, closes: <DateTime value={call.closesAt ?? ''} /> }}
                />
                {' · '}
                {(call.funders ?? []).map((f) => f.agency).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
