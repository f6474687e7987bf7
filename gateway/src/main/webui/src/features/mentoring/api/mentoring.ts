import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/mentorship';
import { idempotencyKey, mentorshipApi } from '../../../lib/api/http';
import { ApiError, unwrap } from '../../../lib/api/problem';

export type MentoringRequest = components['schemas']['MentoringRequest'];
export type MentoringRequestEdit = components['schemas']['MentoringRequestEdit'];
export type Match = components['schemas']['Match'];
export type ScoreItem = components['schemas']['ScoreItem'];
export type Mentor = components['schemas']['Mentor'];
export type MentorProfileRequest = components['schemas']['MentorProfileRequest'];
export type MatchingRun = components['schemas']['MatchingRun'];

/** The request a match is about, as the service embeds it. */
export function requestOf(match: Match): MentoringRequest | undefined {
  return match.request as MentoringRequest | undefined;
}

/** The startup's mentoring requests: those it asked for and those created from its awards. */
export function useMyMentoringRequests(enabled = true) {
  return useQuery({
    queryKey: ['mentoring', 'requests'],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/requests', { params: { query: { limit: 100 } } })),
    enabled,
  });
}

/** Matches the caller is part of: as the startup, or as the mentor. */
export function useMyMatches(enabled = true) {
  return useQuery({
    queryKey: ['mentoring', 'matches'],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/matches', { params: { query: { limit: 100 } } })),
    enabled,
  });
}

export function useMatch(id: string) {
  return useQuery({
    queryKey: ['mentoring', 'match', id],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/matches/{id}', { params: { path: { id } } })),
  });
}

/** The signed-in mentor's profile, or null before it wrote one. */
export function useMentorProfile(enabled = true) {
  return useQuery({
    queryKey: ['mentoring', 'profile'],
    queryFn: async () => {
      try {
        return await unwrap(await mentorshipApi.GET('/api/mentorship/mentors/me'));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          return null;
        }
        throw e;
      }
    },
    enabled,
  });
}

/** Writes the profile; an edit names the version it started from, so nobody's change is lost. */
export function useSaveMentorProfile(version: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (profile: MentorProfileRequest) =>
      unwrap(
        await mentorshipApi.PUT('/api/mentorship/mentors/me', {
          params: { header: version === undefined ? {} : { 'If-Match': `"${version}"` } },
          body: profile,
        }),
      ),
    onSuccess: (mentor) => client.setQueryData(['mentoring', 'profile'], mentor),
  });
}

/** A change to a match or what hangs off it: every mentoring view is read again. */
function useMatchChange<T>(send: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['mentoring'] }),
  });
}

export function useAnswerProposal(matchId: string) {
  return useMatchChange(async ({ answer, reason }: { answer: 'accept' | 'decline'; reason?: string }) =>
    answer === 'accept'
      ? unwrap(await mentorshipApi.POST('/api/mentorship/matches/{id}/accept', { params: { path: { id: matchId } } }))
      : unwrap(
          await mentorshipApi.POST('/api/mentorship/matches/{id}/decline', {
            params: { path: { id: matchId } },
            body: { reason: reason || undefined },
          }),
        ),
  );
}

export function useEndMatch(matchId: string) {
  return useMatchChange(async (reason: string) =>
    unwrap(await mentorshipApi.POST('/api/mentorship/matches/{id}/end', { params: { path: { id: matchId } }, body: { reason: reason || undefined } })),
  );
}

export function useSessions(matchId: string) {
  return useQuery({
    queryKey: ['mentoring', 'match', matchId, 'sessions'],
    queryFn: async () =>
      unwrap(await mentorshipApi.GET('/api/mentorship/matches/{matchId}/sessions', { params: { path: { matchId }, query: { limit: 100 } } })),
  });
}

export function useLogSession(matchId: string) {
  return useMatchChange(async (session: { heldOn: string; durationMinutes: number; notes?: string }) =>
    unwrap(
      await mentorshipApi.POST('/api/mentorship/matches/{matchId}/sessions', {
        params: { path: { matchId }, header: { 'Idempotency-Key': idempotencyKey() } },
        body: session,
      }),
    ),
  );
}

export function useFeedback(matchId: string) {
  return useQuery({
    queryKey: ['mentoring', 'match', matchId, 'feedback'],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/matches/{matchId}/feedback', { params: { path: { matchId } } })),
  });
}

export function useGiveFeedback(matchId: string) {
  return useMatchChange(async (feedback: { rating: number; comment?: string }) =>
    unwrap(await mentorshipApi.POST('/api/mentorship/matches/{matchId}/feedback', { params: { path: { matchId } }, body: feedback })),
  );
}

/** The startup sharpens its request until a mentor accepted it; If-Match refuses a stale edit. */
export function useEditRequest(request: MentoringRequest) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (edit: MentoringRequestEdit) =>
      unwrap(
        await mentorshipApi.PUT('/api/mentorship/requests/{id}', {
          params: { path: { id: request.id ?? '' }, header: { 'If-Match': `"${request.version}"` } },
          body: edit,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['mentoring'] }),
  });
}

export function useCancelRequest(requestId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await mentorshipApi.POST('/api/mentorship/requests/{id}/cancel', { params: { path: { id: requestId } }, body: { reason: reason || undefined } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['mentoring'] }),
  });
}

export function useMatchingRuns() {
  return useQuery({
    queryKey: ['mentoring', 'runs'],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/matching-runs', { params: { query: { limit: 20 } } })),
  });
}

export function useMatchingRun(id: string | undefined) {
  return useQuery({
    queryKey: ['mentoring', 'run', id],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/matching-runs/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });
}

export function useStartMatchingRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await mentorshipApi.POST('/api/mentorship/matching-runs', {
          params: { header: { 'Idempotency-Key': idempotencyKey() } },
          body: {},
        }),
      ),
    onSuccess: (run) => {
      client.setQueryData(['mentoring', 'run', run.id], run);
      return client.invalidateQueries({ queryKey: ['mentoring', 'runs'] });
    },
  });
}
