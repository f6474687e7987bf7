import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { openCallsQuery } from '../../features/calls/api/calls';
import { queryClient } from '../queryClient';
import { PageTitle } from '../../components/Page';
import { CallList } from '../../features/calls/components/CallList';
import { CallSearchForm } from '../../features/calls/components/CallSearchForm';

/** Starts fetching the list while the screen renders, instead of after. */
export function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const search = { q: params.get('q') ?? '', sector: params.get('sector') ?? '', country: params.get('country') ?? '' };
  void queryClient.prefetchQuery(openCallsQuery(search, Math.max(0, Number(params.get('offset')) || 0)));
  return null;
}

/** Open calls, searched by text, sector and country; the search lives in the address, so it can be shared. */
export function CallsRoute() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const search = { q: params.get('q') ?? '', sector: params.get('sector') ?? '', country: params.get('country') ?? '' };
  const offset = Math.max(0, Number(params.get('offset')) || 0);

  function update(next: Record<string, string | number | undefined>) {
    const merged = { ...search, offset, ...next };
    setParams(
      Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== '' && v !== 0).map(([k, v]) => [k, String(v)])),
    );
  }

  return (
    <>
      <PageTitle title={intl.formatMessage({ id: 'calls.title' })}>
        <FormattedMessage id="calls.title" />
      </PageTitle>
      <CallSearchForm key={params.toString()} value={search} onSearch={(s) => update({ ...s, offset: 0 })} />
      <CallList search={search} offset={offset} onPage={(o) => update({ offset: o })} />
    </>
  );
}
