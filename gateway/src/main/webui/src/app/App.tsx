import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { session } from '../lib/auth/sessionInstance';
import { LocaleProvider } from './locale';
import { queryClient } from './queryClient';
import { router } from './router';

session.subscribe(() => {
  if (session.getState().status === 'anonymous') {
    queryClient.clear(); // nothing of the previous person stays in memory
  }
});

export function App() {
  useEffect(() => {
    void session.restore();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
