import { notificationApi } from '../../../lib/api/http';

/**
 * E-mails and feed texts follow the language the person chose in the web client: when it
 * changes, the notification settings are updated (If-Match with the version just read).
 */
export async function syncNotificationLanguage(language: string): Promise<void> {
  const current = await notificationApi.GET('/api/notifications/preferences', {});
  if (!current.response.ok || !current.data || current.data.language === language) {
    return;
  }
  await notificationApi.PUT('/api/notifications/preferences', {
    params: { header: { 'If-Match': current.response.headers.get('ETag') ?? '"0"' } },
    body: { language, emailOff: current.data.emailOff ?? [] },
  });
}
