import type { Me } from '@tongket/domain';
import { useMe } from '../api/auth.ts';

/** The signed-in user, for components under <RequireAuth>, which never renders them without one. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside <RequireAuth>');
  return data;
}
