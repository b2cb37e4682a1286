import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointAnswer, Role, UserCreate, UserPatch } from '@tongket/domain';
import { api } from './client.ts';

export const usersKey = ['users'] as const;

export function useUsers(filter: { q: string; role: Role | null }) {
  return useQuery({
    queryKey: [...usersKey, 'list', filter],
    queryFn: ({ signal }) =>
      api('GET /users', { query: { q: filter.q, role: filter.role ?? undefined }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => api('POST /users', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) =>
      api('PATCH /users/:id', { params: { id }, body: patch }),
    onSuccess: (saved) => {
      // The saved copy (with its new version) goes into every cached list at once, so a second
      // action on the same row does not race the refetch with a stale version.
      queryClient.setQueriesData<EndpointAnswer<'GET /users'>>({ queryKey: [...usersKey, 'list'] }, (old) =>
        old ? { items: old.items.map((u) => (u.id === saved.id ? saved : u)) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    // An empty body asks the server to generate a temporary password.
    mutationFn: (id: string) => api('POST /users/:id/reset-password', { params: { id }, body: {} }),
    // A reset changes the account (new version, lockout lifted): reload before anything else is done.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
