import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { TimeLeft } from '../../../components/Formatted';
import { Tags } from '../../../components/Tags';
import { Pager } from '../../../components/Pager';
import { countryName } from '../../../lib/format';
import { describeProblem } from '../../../lib/i18n/problems';
import { CALLS_PAGE_SIZE, useOpenCalls, type Call, type CallSearch } from '../api/calls';

/** Open calls, each with its funders' countries, sectors and the time left to apply. */
export function CallList({ search, offset, onPage, exclude = [] }: { search: CallSearch; offset: number; onPage?: (offset: number) => void; exclude?: string[] }) {
  const intl = useIntl();
  const calls = useOpenCalls(search, offset);
  if (calls.isPending) {
    return <Loading />;
  }
  if (calls.isError) {
    return <Alert tone="error">{describeProblem(intl, calls.error)}</Alert>;
  }
  const items = (calls.data.items ?? []).filter((c) => !exclude.includes(c.id ?? ''));
  const total = calls.data.total ?? 0;
  if (items.length === 0) {
    return (
      <Empty>
        <FormattedMessage id="calls.none" />
      </Empty>
    );
  }
  return (
    <>
      <p className="count" role="status">
        <FormattedMessage id="calls.count" values={{ count: total }} />
      </p>
      <ul className="cards" aria-busy={calls.isFetching}>
        {items.map((call) => (
          <CallCard key={call.id} call={call} />
        ))}
      </ul>
      {onPage && <Pager offset={offset} total={total} pageSize={CALLS_PAGE_SIZE} onPage={onPage} />}
    </>
  );
}

function CallCard({ call }: { call: Call }) {
  const { locale } = useIntl();
  const countries = [...new Set((call.funders ?? []).map((f) => f.country ?? ''))];
  return (
    <li className="card">
      <h3>
        <Link to={`/calls/${call.id}`}>{call.title}</Link>
      </h3>
      <p className="meta">
        <FormattedMessage id="calls.funders" values={{ countries: countries.map((c) => countryName(locale, c)).join(' · ') }} />
      </p>
      <Tags values={call.sectors ?? []} />
      {call.closesAt && (
        <p className="meta">
          <FormattedMessage id="calls.closes" values={{ when: <TimeLeft until={call.closesAt} /> }} />
        </p>
      )}
    </li>
  );
}
