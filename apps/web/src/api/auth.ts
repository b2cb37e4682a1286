import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@tongket/domain';
import { ApiError, api } from './client.ts';

export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const answer = await api.get<{ user: Me }>('/auth/me');
    return answer.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user; `null` when there is no session. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      api.post<{ user: Me }>('/auth/login', credentials),
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
        await api.post<void>('/auth/logout');
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
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/auth/password', body),
  });
}
