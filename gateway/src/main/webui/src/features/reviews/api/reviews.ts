import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/funding';
import { fundingApi } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type Review = components['schemas']['ReviewView'];
export type CriterionScore = components['schemas']['CriterionScore'];

/** The signed-in reviewer's assignments, newest first. */
export function useMyReviews() {
  return useQuery({
    queryKey: ['reviews', 'mine'],
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/reviews', { params: { query: { limit: 100 } } })),
  });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: ['review', id],
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/reviews/{id}', { params: { path: { id } } })),
  });
}

function useReviewChange<T>(id: string, send: (body: T) => Promise<Review>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (review) => {
      client.setQueryData(['review', id], review);
      return client.invalidateQueries({ queryKey: ['reviews'] });
    },
  });
}

/** Scores every criterion with a comment; final once submitted. */
export function useSubmitScores(id: string) {
  return useReviewChange(id, async (scores: CriterionScore[]) =>
    unwrap(await fundingApi.POST('/api/funding/reviews/{id}/submit', { params: { path: { id } }, body: { scores } })),
  );
}

/** The reviewer cannot judge this application fairly: it steps aside, saying why. */
export function useDeclareConflict(id: string) {
  return useReviewChange(id, async (reason: string) =>
    unwrap(await fundingApi.POST('/api/funding/reviews/{id}/conflict', { params: { path: { id } }, body: { reason } })),
  );
}
