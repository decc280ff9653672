import { QueryClient } from '@tanstack/react-query';
import { ApiCallError } from '../api';

export const queryClient = new QueryClient({
  defaultOptions: {
    // The service answers from a local file: an error it reports (not found, invalid) will not change on retry.
    queries: { retry: (count, error) => !(error instanceof ApiCallError && error.error.code !== 'INTERNAL') && count < 1, refetchOnWindowFocus: false, staleTime: 10_000 },
    mutations: { retry: false },
  },
});
