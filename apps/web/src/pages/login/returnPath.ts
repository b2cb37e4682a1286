import type { LoginRedirectState } from '../../auth/RequireAuth.tsx';

/**
 * Only paths inside the app, never another origin ("//evil.example", or "/\evil.example", which
 * browsers read the same way) or the login page itself.
 */
export function safeReturnPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (typeof from !== 'string' || !/^\/(?![/\\])/.test(from)) return '/';
  if (from === '/login' || from.startsWith('/login?')) return '/';
  return from;
}
