import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/Feedback';
import { useSession } from '../features/auth/hooks/useSession';

/** Screens for signed-in people: anonymous visitors go to sign in and come back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'restoring') {
    return <Loading />;
  }
  if (state.status === 'anonymous') {
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <>{children}</>;
}
