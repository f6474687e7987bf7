import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/funding';
import { fundingApi, idempotencyKey } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type Application = components['schemas']['ApplicationView'];
export type ApplicationRequest = components['schemas']['ApplicationRequest'];
export type CallView = components['schemas']['CallView'];
export type HistoryEvent = components['schemas']['ApplicationEvent'];

export const applicationKey = (id: string) => ['application', id] as const;

/** The signed-in startup's applications: its own and those it was invited to. */
export function useMyApplications() {
  return useQuery({
    queryKey: ['applications', 'mine'],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/applications', { params: { query: { limit: 100 } } })),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/applications/{id}', { params: { path: { id } } })),
  });
}

export function useCreateApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: ApplicationRequest) =>
      unwrap(
        await fundingApi.POST('/api/funding/applications', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: request,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['applications'] }),
  });
}

/** Saves a DRAFT only if nobody changed it since `version` (If-Match): never a silent overwrite. */
export async function saveApplication(id: string, version: number, request: ApplicationRequest): Promise<Application> {
  return unwrap(
    await fundingApi.PUT('/api/funding/applications/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: request,
    }),
  );
}

export function useEligibility(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['application', id, 'eligibility'],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/applications/{id}/eligibility', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  });
}

export function useHistory(id: string) {
  return useQuery({
    queryKey: ['application', id, 'history'],
    queryFn: async () =>
      unwrap(
        await fundingApi.GET('/api/funding/applications/{id}/history', {
          params: { path: { id }, query: { limit: 100 } },
        }),
      ),
  });
}

export function useAward(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['application', id, 'award'],
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/applications/{id}/award', { params: { path: { id } } })),
    enabled,
  });
}

function useApplicationAction(id: string, action: (id: string) => Promise<Application>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => action(id),
    onSuccess: (application) => {
      client.setQueryData(applicationKey(id), application);
      void client.invalidateQueries({ queryKey: ['application', id] });
      void client.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}

export function useSubmit(id: string) {
  return useApplicationAction(id, async (path) =>
    unwrap(await fundingApi.POST('/api/funding/applications/{id}/submit', { params: { path: { id: path } } })),
  );
}

export function useWithdraw(id: string, reason: () => string) {
  return useApplicationAction(id, async (path) =>
    unwrap(
      await fundingApi.POST('/api/funding/applications/{id}/withdraw', {
        params: { path: { id: path } },
        body: { reason: reason() || undefined },
      }),
    ),
  );
}
