import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api/problem';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // a refused request (4xx) will be refused again; only network trouble and 5xx are retried
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});
