import createClient from 'openapi-fetch';
import type { paths as FundingPaths } from './generated/funding';
import type { paths as IdentityPaths } from './generated/identity';
import type { paths as MentorshipPaths } from './generated/mentorship';
import type { paths as NotificationPaths } from './generated/notification';
import { session } from '../auth/sessionInstance';
import type { Session } from '../auth/session';

/**
 * fetch with the person's access token: a 401 is recovered once (refresh, or sign in again in the
 * dialog while the page and what was typed stay) and the request is sent again.
 */
export function authorizedFetch(auth: Pick<Session, 'token' | 'recover'>, send: typeof fetch = fetch) {
  return async (input: Request): Promise<Response> => {
    const again = input.clone();
    const token = await auth.token();
    if (token) {
      input.headers.set('Authorization', `Bearer ${token}`);
    }
    const response = await send(input);
    if (response.status !== 401 || !token) {
      return response;
    }
    const fresh = await auth.recover();
    if (!fresh) {
      return response;
    }
    again.headers.set('Authorization', `Bearer ${fresh}`);
    return send(again);
  };
}

const fetchWithToken = authorizedFetch(session, (input, init) => fetch(input, init));

export const identityApi = createClient<IdentityPaths>({ fetch: fetchWithToken });
export const fundingApi = createClient<FundingPaths>({ fetch: fetchWithToken });
export const mentorshipApi = createClient<MentorshipPaths>({ fetch: fetchWithToken });
export const notificationApi = createClient<NotificationPaths>({ fetch: fetchWithToken });

/** A new Idempotency-Key for a create, so that a retried click never creates twice. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
