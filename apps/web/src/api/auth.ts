import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody, Me } from '@tongket/domain';
import { ApiError, api } from './client.ts';
import { queryClient } from './queryClient.ts';

export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const answer = await api('GET /auth/me');
    return answer.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

const meQuery = { queryKey: meQueryKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY };

/** The signed-in user; `null` when there is no session. */
export function useMe() {
  return useQuery(meQuery);
}

/**
 * Asks who is signed in as the app starts, before its first render (which may wait for the
 * interface's language), so the answer is on its way while the page's code loads.
 */
export function prefetchMe(): void {
  void queryClient.prefetchQuery(meQuery);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: EndpointBody<'POST /auth/login'>) =>
      api('POST /auth/login', { body: credentials }),
    onSuccess: ({ user }) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

/**
 * Signing out ends with a full page load of /login: nothing of the session survives in memory,
 * and the next person starts from the home page, not from where the last one left off.
 */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await api('POST /auth/logout');
      } catch (error) {
        // Already signed out (session expired) is the outcome we wanted.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => window.location.assign('/login'),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /auth/password'>) => api('POST /auth/password', { body }),
  });
}
