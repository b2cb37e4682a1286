import type { LoginRedirectState } from '../../auth/RequireAuth.tsx';

/** Only paths inside the app, never another origin ("//evil.example") or the login page itself. */
export function safeReturnPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  if (from === '/login' || from.startsWith('/login?')) return '/';
  return from;
}
