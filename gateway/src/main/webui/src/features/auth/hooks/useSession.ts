import { useSyncExternalStore } from 'react';
import { session } from '../../../lib/auth/sessionInstance';
import type { Claims, SessionState } from '../../../lib/auth/session';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, () => session.getState());
}

/** The signed-in person's claims, or null. */
export function useClaims(): Claims | null {
  const state = useSession();
  return state.status === 'signed-in' || state.status === 'expired' ? state.claims : null;
}
