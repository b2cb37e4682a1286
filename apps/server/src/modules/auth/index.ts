/** What the auth module offers the rest of the server; nothing else in it is imported from outside. */
export { accountsThrottledUntil, forgetAccount } from './login-attempts.ts';
export { generatePassword, hashPassword } from './passwords.ts';
export { authRoutes } from './routes.ts';
export { registerSessionActor } from './session-hook.ts';
export { deleteUserSessions, purgeExpiredSessions } from './sessions.ts';
