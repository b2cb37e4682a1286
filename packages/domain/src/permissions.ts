import type { Role } from './roles.ts';

/**
 * Which role may do what, in one table. The server enforces it on every route;
 * the web reads the same table only to decide what to show.
 */
export const PERMISSIONS = {
  'units.read': ['admin', 'coordinator', 'unit', 'reviewer', 'viewer'],
  'units.manage': ['admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
