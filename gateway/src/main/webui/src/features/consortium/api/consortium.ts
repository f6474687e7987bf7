import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/funding';
import { fundingApi, idempotencyKey } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type Invitation = components['schemas']['InvitationView'];
export type Collaborator = components['schemas']['CollaboratorView'];

export function useCollaborators(applicationId: string) {
  return useQuery({
    queryKey: ['application', applicationId, 'collaborators'],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/applications/{id}/collaborators', { params: { path: { id: applicationId } } })),
  });
}

export function useSentInvitations(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['application', applicationId, 'invitations'],
    queryFn: async () =>
      unwrap(
        await fundingApi.GET('/api/funding/applications/{id}/invitations', {
          params: { path: { id: applicationId }, query: { limit: 100 } },
        }),
      ),
    enabled,
  });
}

/** Invitations waiting for the signed-in startup's answer. */
export function useMyPendingInvitations() {
  return useQuery({
    queryKey: ['invitations', 'mine', 'PENDING'],
    queryFn: async () =>
      unwrap(await fundingApi.GET('/api/funding/invitations', { params: { query: { status: 'PENDING', limit: 100 } } })),
  });
}

export function useInvite(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (invitation: { email: string; message?: string }) =>
      unwrap(
        await fundingApi.POST('/api/funding/applications/{id}/invitations', {
          params: { path: { id: applicationId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: invitation,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['application', applicationId] }),
  });
}

/** Accept, decline (the invitee) or revoke (the owner) an invitation. */
export function useAnswer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, answer }: { id: string; answer: 'accept' | 'decline' | 'revoke' }) => {
      const path = { params: { path: { invitationId: id } } };
      const result =
        answer === 'accept'
          ? await fundingApi.POST('/api/funding/invitations/{invitationId}/accept', path)
          : answer === 'decline'
            ? await fundingApi.POST('/api/funding/invitations/{invitationId}/decline', path)
            : await fundingApi.POST('/api/funding/invitations/{invitationId}/revoke', path);
      return unwrap(result);
    },
    onSuccess: (invitation) => {
      void client.invalidateQueries({ queryKey: ['invitations'] });
      void client.invalidateQueries({ queryKey: ['applications'] });
      void client.invalidateQueries({ queryKey: ['application', invitation.applicationId] });
    },
  });
}

/** The owner removes a partner, or a partner leaves. */
export function useRemoveCollaborator(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (startupId: string) =>
      unwrap(
        await fundingApi.DELETE('/api/funding/applications/{id}/collaborators/{startupId}', {
          params: { path: { id: applicationId, startupId } },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['application', applicationId] });
      void client.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}
