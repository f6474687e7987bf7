import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/funding';
import { fundingApi } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type Call = components['schemas']['CallView'];
export type Agency = components['schemas']['AgencyView'];

export interface CallSearch {
  q?: string;
  sector?: string;
  country?: string;
}

export const CALLS_PAGE_SIZE = 20;

/** Open calls matching the search, a page at a time. */
export function useOpenCalls(search: CallSearch, offset = 0) {
  return useQuery({ ...openCallsQuery(search, offset), placeholderData: keepPreviousData });
}

/** The query behind {@link useOpenCalls}, for a route to start it while the screen's code loads. */
export function openCallsQuery(search: CallSearch, offset = 0) {
  return {
    queryKey: ['calls', 'OPEN', search.q ?? '', search.sector ?? '', search.country ?? '', offset],
    queryFn: async () =>
      unwrap(
        await fundingApi.GET('/api/funding/calls', {
          params: {
            query: {
              status: 'OPEN',
              q: search.q || undefined,
              sector: search.sector || undefined,
              country: search.country || undefined,
              limit: CALLS_PAGE_SIZE,
              offset,
            },
          },
        }),
      ),
  };
}

export function useCall(id: string | undefined) {
  return useQuery({
    queryKey: ['call', id],
    enabled: !!id,
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/calls/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** Agency names by code, for showing who funds a call. */
export function useAgencies() {
  return useQuery({
    queryKey: ['agencies'],
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/agencies', { params: { query: { limit: 100 } } })),
    staleTime: 10 * 60_000,
    select: (page) => new Map((page.items ?? []).map((a) => [a.code, a] as const)),
  });
}
