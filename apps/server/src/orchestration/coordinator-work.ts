import { type CoordinatorWork, canForwardNominations, dueSoonUntil, provinceOf } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { nowIso } from '../lib/clock.ts';
import { assignmentWork } from '../modules/assignments/index.ts';
import { listCampaigns } from '../modules/campaigns/index.ts';
import { nominationsToForward } from '../modules/commendation/index.ts';
import { canManageConference, unansweredInvitations } from '../modules/conference/index.ts';

/**
 * What waits for the caller now (the coordinator's home), by the server's clock: in the issued
 * rounds they run, the reports to accept, the nominations to forward and the tasks overdue or due
 * within three days; in the issued rounds whose conference they organise, the invitations not yet
 * answered. Each list is counted in one grouped query whatever the number of rounds and units.
 */
export async function coordinatorWork(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  now = nowIso(),
): Promise<CoordinatorWork> {
  const province = provinceOf(tree, actor.unitId);
  // Only rounds of the caller's own province are listed (canReadCampaign).
  const issued = (await listCampaigns(db, tree, actor)).filter((r) => r.status === 'issued');
  const names = (rounds: typeof issued) => new Map(rounds.map((r) => [r.id, r.name]));
  const running = names(issued.filter((r) => r.canManage));
  const forwarding = names(issued.filter((r) => canForwardNominations(actor, { manages: r.canManage })));
  const hosting = names(issued.filter((r) => canManageConference(actor, r, tree)));
  const soon = dueSoonUntil(now);
  const tasks = await assignmentWork(db, tree, province, running, now, soon);
  return {
    asOf: now,
    dueSoonUntil: soon,
    rounds: running.size,
    toAccept: tasks.toAccept,
    toForward: await nominationsToForward(db, tree, province, forwarding),
    overdue: tasks.overdue,
    dueSoon: tasks.dueSoon,
    unanswered: await unansweredInvitations(db, hosting),
  };
}
