import type { Role } from '@tongket/domain';

/** Who is acting, as the audit log and every authorisation check see them. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  ip: string | null;
}

/** The system itself (start-up seeding, the command line). */
export function systemActor(label = 'system'): Actor {
  return { userId: '', username: label, fullName: label, role: 'admin', unitId: '', ip: null };
}
