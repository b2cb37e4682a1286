import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export const coordinatorWorkKey = ['home', 'coordinator'] as const;

/** What waits for the coordinator now (reports, nominations, deadlines, invitations), by the server's clock. */
export function useCoordinatorWork(enabled = true) {
  return useQuery({
    queryKey: coordinatorWorkKey,
    queryFn: ({ signal }) => api('GET /home/coordinator', { signal }),
    enabled,
    // What waits changes as units send: read it again whenever the home page is opened.
    staleTime: 0,
  });
}
