import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { conflict } from '../../http/problem.ts';
import { nowIso } from '../../lib/ids.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { UnitTree } from '../units/unit-directory.ts';
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
