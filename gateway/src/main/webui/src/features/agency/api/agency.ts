import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/funding';
import { fundingApi, identityApi, idempotencyKey } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type CallRequest = components['schemas']['CallRequest'];
export type CallView = components['schemas']['CallView'];
export type RankingEntry = components['schemas']['Entry'];
export type Review = components['schemas']['ReviewView'];
export type AuditEntry = components['schemas']['AuditView'];

export type CallAction = 'open' | 'close' | 'start-evaluation' | 'decide' | 'cancel';

/** Every call the agency funds, drafts included, soonest deadline first. */
export function useAgencyCalls(agency: string) {
  return useQuery({
    queryKey: ['calls', 'agency', agency],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/calls', { params: { query: { agency, limit: 100 } } })),
  });
}

/** Creates a draft call, or saves a draft only if nobody changed it since `version` (If-Match). */
export function useSaveCall(callId?: string, version?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: CallRequest): Promise<CallView> =>
      callId
        ? unwrap(
            await fundingApi.PUT('/api/funding/calls/{id}', {
              params: { path: { id: callId }, header: { 'If-Match': `"${version}"` } },
              body: request,
            }),
          )
        : unwrap(
            await fundingApi.POST('/api/funding/calls', {
              params: { header: { 'Idempotency-Key': idempotencyKey() } },
              body: request,
            }),
          ),
    onSuccess: (call) => {
      client.setQueryData(['call', call.id], call);
      return client.invalidateQueries({ queryKey: ['calls'] });
    },
  });
}

/** A step in the call's life: open, close, start evaluation, decide or cancel, with an optional reason. */
export function useCallAction(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, reason }: { action: CallAction; reason?: string }) =>
      unwrap(
        await fundingApi.POST(`/api/funding/calls/{id}/${action}` as '/api/funding/calls/{id}/open', {
          params: { path: { id: callId } },
          body: { reason: reason || undefined },
        }),
      ),
    // the call's applications, ranking and audit trail change with it
    onSuccess: (call) => refreshCall(client, call),
  });
}

/** After a change to the call itself: the call, the lists it is in, and what hangs off it. */
function refreshCall(client: ReturnType<typeof useQueryClient>, call: CallView) {
  client.setQueryData(['call', call.id], call);
  return Promise.all([
    client.invalidateQueries({ queryKey: ['calls'] }),
    client.invalidateQueries({ queryKey: ['call', call.id], predicate: (q) => q.queryKey.length > 2 }),
  ]);
}

/** The agency sets its own share of a draft call, which confirms it for the terms read at `version`. */
export function useConfirmShare(callId: string, agency: string, version?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (share: { budget: number; maxRequest?: number }) =>
      unwrap(
        await fundingApi.PUT('/api/funding/calls/{id}/funders/{agency}', {
          params: { path: { id: callId, agency }, header: { 'If-Match': `"${version}"` } },
          body: share,
        }),
      ),
    onSuccess: (call) => refreshCall(client, call),
  });
}

/** The agency withdraws from a draft call it does not lead. */
export function useLeaveCall(callId: string, agency: string, version?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await fundingApi.DELETE('/api/funding/calls/{id}/funders/{agency}', {
          params: { path: { id: callId, agency }, header: { 'If-Match': `"${version}"` } },
        }),
      ),
    onSuccess: (call) => refreshCall(client, call),
  });
}

export function useCallApplications(callId: string) {
  return useQuery({
    queryKey: ['call', callId, 'applications'],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/applications', { params: { query: { callId, limit: 100 } } })),
  });
}

export function useReviewsOf(applicationId: string) {
  return useQuery({
    queryKey: ['reviews', 'application', applicationId],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/reviews', { params: { query: { applicationId, limit: 100 } } })),
  });
}

/** The agency's reviewers who can sign in now. */
export function useAgencyReviewers(agency: string) {
  return useQuery({
    queryKey: ['reviewers', agency],
    queryFn: async () =>
      unwrap(await identityApi.GET('/api/identity/agencies/{code}/reviewers', { params: { path: { code: agency } } })),
    staleTime: 60_000,
  });
}

export function useAssignReviewer(applicationId: string, agency: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (reviewerId: string) =>
      unwrap(
        await fundingApi.POST('/api/funding/reviews', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: { applicationId, reviewerId, reviewerAgency: agency },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reviews', 'application', applicationId] }),
  });
}

export function useRanking(callId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['call', callId, 'ranking'],
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/calls/{id}/ranking', { params: { path: { id: callId } } })),
    enabled,
  });
}

/** The agency approves or refuses its own share of an application's award. */
export function useShareDecision(applicationId: string, callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ decision, reason }: { decision: 'approve' | 'refuse'; reason?: string }) =>
      unwrap(
        await fundingApi.POST(`/api/funding/applications/{id}/award/${decision}` as '/api/funding/applications/{id}/award/approve', {
          params: { path: { id: applicationId } },
          body: { reason: reason || undefined },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['application', applicationId] }),
        client.invalidateQueries({ queryKey: ['call', callId] }),
      ]),
  });
}

export function useCallAudit(callId: string, offset: number) {
  return useQuery({
    queryKey: ['call', callId, 'audit', offset],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/audit', { params: { query: { callId, limit: 20, offset } } })),
  });
}
