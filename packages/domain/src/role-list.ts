/** See docs/roles.md. Every check is made on the server; the web only hides what it cannot use. */
export const ROLES = ['sysadmin', 'admin', 'coordinator', 'unit', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
