import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/auth.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { PageLoader } from '../components/PageLoader.tsx';

export interface LoginRedirectState {
  from?: string;
}

/** Shows its routes to a signed-in user; anyone else goes to /login and comes back after. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <PageLoader />;
  if (me.isError && me.data === undefined)
    return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
