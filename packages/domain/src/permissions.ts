import type { Role } from './role-list.ts';

/**
 * Which role may do what, in one table. The server enforces it on every route;
 * the web reads the same table only to decide what to show.
 */
export const PERMISSIONS = {
  'units.read': ['sysadmin', 'admin', 'coordinator', 'unit', 'reviewer', 'viewer'],
  'units.manage': ['sysadmin', 'admin'],
  'users.manage': ['sysadmin', 'admin'],
  'audit.read': ['sysadmin', 'admin'],
  /** Which rounds a caller sees is narrowed further by province and status (campaigns module). */
  'campaigns.read': ['admin', 'coordinator', 'unit', 'reviewer', 'viewer'],
  /**
   * Record that one's unit opened and acknowledged a plan it received: whoever acts for the unit;
   * leadership reads only (a viewer never writes).
   */
  'plans.acknowledge': ['admin', 'coordinator', 'unit', 'reviewer'],
  /**
   * Create, edit, issue and clone rounds: the standing agency's staff, for rounds their unit runs;
   * unit officers only for the cascaded rounds their own unit opened (checked per round).
   */
  'campaigns.manage': ['coordinator', 'unit'],
  /** Draft, import, attach and submit what one's own unit owes (ownership is checked per assignment). */
  'assignments.work': ['coordinator', 'unit'],
  /** Put forward and send one's own unit's nominations (within its quotas). */
  'nominations.write': ['coordinator', 'unit'],
  /** Check sent nominations and forward them to the board; send over quota with a reason. */
  'nominations.forward': ['coordinator'],
  /** Approve or reject nominations; draft and issue award decisions. */
  'nominations.review': ['reviewer'],
  /**
   * Prepare the conference: agenda, delegates, invitations, check-in, budget. The standing agency
   * of the round (and the province's administrators) — checked per round like campaigns.manage.
   */
  'conference.manage': ['admin', 'coordinator', 'unit'],
  /**
   * The coordinator's home: what waits in the rounds one runs (reports to accept, nominations to
   * forward, deadlines) and the conferences one organises (unanswered invitations).
   */
  'work.coordinate': ['admin', 'coordinator'],
  /**
   * The leader's home: the whole province's rounds at a glance (rates, indicators, awards). Not a
   * unit officer, who follows only their own subtree of a round they do not run.
   */
  'overview.read': ['admin', 'coordinator', 'reviewer', 'viewer'],
  /** Keep the catalogue of award types. */
  'awardTypes.manage': ['admin', 'reviewer'],
  /** The messages sent to one's own unit. */
  'notifications.read': ['admin', 'coordinator', 'unit', 'reviewer', 'viewer'],
  /** Every queued and sent message, with delivery errors. */
  'outbox.read': ['sysadmin', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
