import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/mentorship';
import { mentorshipApi } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type MentoringRequest = components['schemas']['MentoringRequest'];
export type Match = components['schemas']['Match'];

/** The startup's mentoring requests: those it asked for and those created from its awards. */
export function useMyMentoringRequests(enabled = true) {
  return useQuery({
    queryKey: ['mentoring', 'requests'],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/requests', { params: { query: { limit: 100 } } })),
    enabled,
  });
}

export function useMyMatches(enabled = true) {
  return useQuery({
    queryKey: ['mentoring', 'matches'],
    queryFn: async () => unwrap(await mentorshipApi.GET('/api/mentorship/matches', { params: { query: { limit: 100 } } })),
    enabled,
  });
}
