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

export const leaderOverviewKey = ['home', 'leader'] as const;

/** The province at a glance: every round's rates, indicators and awards. */
export function useLeaderOverview(enabled = true) {
  return useQuery({
    queryKey: leaderOverviewKey,
    queryFn: ({ signal }) => api('GET /home/leader', { signal }),
    enabled,
    staleTime: 30_000,
  });
}

export const unitWorkKey = ['home', 'unit'] as const;

/** What the caller's unit still has to do: open tasks with what is missing, invitations, nominations. */
export function useUnitWork(enabled = true) {
  return useQuery({
    queryKey: unitWorkKey,
    queryFn: ({ signal }) => api('GET /home/unit', { signal }),
    enabled,
    // What is missing changes with every save: read it again whenever the home page is opened.
    staleTime: 0,
  });
}
