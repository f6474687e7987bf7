import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/notification';
import { notificationApi } from '../../../lib/api/http';
import { unwrap } from '../../../lib/api/problem';

export type Notification = components['schemas']['NotificationView'];
export type Preferences = components['schemas']['PreferencesView'];
export type Kind = components['schemas']['Kind'];

/** Polled while the page is open, so the header's count follows what happens elsewhere. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: async () => unwrap(await notificationApi.GET('/api/notifications/unread-count', {})),
    enabled,
    refetchInterval: 30_000,
    select: (answer) => (answer as Record<string, number>).unread ?? 0,
  });
}

export function useFeed(offset: number) {
  return useQuery({
    queryKey: ['notifications', 'feed', offset],
    queryFn: async () =>
      unwrap(await notificationApi.GET('/api/notifications', { params: { query: { limit: 20, offset } } })),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string | 'all') =>
      id === 'all'
        ? unwrap(await notificationApi.POST('/api/notifications/read-all', {}))
        : unwrap(await notificationApi.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function usePreferences(enabled = true) {
  return useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: async () => {
      const result = await notificationApi.GET('/api/notifications/preferences', {});
      const preferences = await unwrap(result);
      return { preferences, etag: result.response.headers.get('ETag') ?? '"0"' };
    },
    enabled,
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ preferences, etag }: { preferences: Preferences; etag: string }) =>
      unwrap(
        await notificationApi.PUT('/api/notifications/preferences', {
          params: { header: { 'If-Match': etag } },
          body: { language: preferences.language, emailOff: preferences.emailOff },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
