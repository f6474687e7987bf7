import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/identity';
import { identityApi, idempotencyKey } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type Account = components['schemas']['Account'];
export type Role = components['schemas']['Role'];
export type ApiClient = components['schemas']['ApiClient'];
export { AGENCY_ROLES, ROLES } from '../model/roleForm';

export interface AccountSearch {
  email: string;
  role: string;
  status: string;
  offset: number;
}

export function useAccounts(search: AccountSearch) {
  return useQuery({
    queryKey: ['admin', 'accounts', search],
    queryFn: async () =>
      unwrap(
        await identityApi.GET('/api/identity/admin/accounts', {
          params: {
            query: {
              email: search.email || undefined,
              role: (search.role || undefined) as Role | undefined,
              status: (search.status || undefined) as components['schemas']['AccountStatus'] | undefined,
              limit: 20,
              offset: search.offset,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

type AccountChange =
  | { kind: 'roles'; roles: Role[]; agency?: string; version: number }
  | { kind: 'disable' | 'enable' | 'unlock'; reason?: string };

/**
 * Roles, disable, enable, unlock: each answered with the account as it is now, which replaces it
 * in the lists at once (its version is the If-Match of the next edit). Roles are set only if nobody
 * changed the account since the version the change names (If-Match): 412 otherwise.
 */
export function useChangeAccount(account: Account) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: AccountChange) => {
      const path = { id: account.id ?? '' };
      if (change.kind === 'roles') {
        return unwrap(
          await identityApi.PUT('/api/identity/admin/accounts/{id}/roles', {
            params: { path, header: { 'If-Match': `"${change.version}"` } },
            body: { roles: change.roles, agency: change.agency || undefined },
          }),
        );
      }
      return unwrap(
        await identityApi.POST(`/api/identity/admin/accounts/{id}/${change.kind}` as '/api/identity/admin/accounts/{id}/disable', {
          params: { path },
          body: { reason: change.reason || undefined },
        }),
      );
    },
    onSuccess: (saved) => {
      showAccount(client, saved);
      return client.invalidateQueries({ queryKey: ['admin', 'accounts'] });
    },
  });
}

/** The account as identity has it now (after a refused stale edit), shown in the lists at once. */
export async function reloadAccount(client: QueryClient, id: string): Promise<Account> {
  const account = await unwrap(await identityApi.GET('/api/identity/admin/accounts/{id}', { params: { path: { id } } }));
  showAccount(client, account);
  void client.invalidateQueries({ queryKey: ['admin', 'accounts'] });
  return account;
}

function showAccount(client: QueryClient, account: Account) {
  client.setQueriesData<{ items?: Account[] }>({ queryKey: ['admin', 'accounts'] }, (page) =>
    page?.items ? { ...page, items: page.items.map((a) => (a.id === account.id ? account : a)) } : page,
  );
}

/** A one-time code the person uses to set a new password; shown to the admin once, to pass on. */
export function useIssueResetCode(accountId: string) {
  return useMutation({
    mutationFn: async () =>
      unwrap(await identityApi.POST('/api/identity/admin/accounts/{id}/password-reset', { params: { path: { id: accountId } }, body: {} })),
  });
}

export function useApiClients() {
  return useQuery({
    queryKey: ['admin', 'clients'],
    queryFn: async () => unwrap(await identityApi.GET('/api/identity/admin/clients', { params: { query: { limit: 100 } } })),
  });
}

export function useCreateApiClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: { name: string; roles: Role[]; agency?: string }) =>
      unwrap(
        await identityApi.POST('/api/identity/admin/clients', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: request,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'clients'] }),
  });
}

export function useRevokeApiClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (clientId: string) =>
      unwrap(await identityApi.POST('/api/identity/admin/clients/{clientId}/revoke', { params: { path: { clientId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'clients'] }),
  });
}
