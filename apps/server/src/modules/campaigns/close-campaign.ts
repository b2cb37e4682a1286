import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import { bumpVersion, campaignForChange } from './change-guard.ts';

/** Ends an issued round: it stops taking reports and reminders; everything stays readable. */
export async function closeCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await campaignForChange(trx, tree, actor, id, version, 'campaign');
    if (row.status !== 'issued') {
      throw conflict('campaign_not_issued', {
        case: row.status === 'closed' ? 'already_closed' : 'close_unissued',
      });
    }
    await bumpVersion(trx, row, 'campaign', { status: 'closed', closed_at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'campaign.closed',
      entityType: 'campaign',
      entityId: id,
      before: { status: 'issued' },
      after: { status: 'closed' },
    });
  });
}
