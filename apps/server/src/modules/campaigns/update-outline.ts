import { MAX_OUTLINE_DEPTH, outlineDepth, type outlineInputSchema } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { bumpVersion, campaignForChange } from './change-guard.ts';
import { type OutlineSectionWrite, readCampaignFromRow, writeOutline } from './plan-store.ts';
import { issuedFrozen } from './update-campaign.ts';

const MAX_SECTIONS = 300;

function countSections(list: readonly { children: readonly unknown[] }[]): number {
  let n = 0;
  for (const s of list) n += 1 + countSections(s.children as Array<{ children: unknown[] }>);
  return n;
}

/** Replaces a draft's outline whole; numbering follows the order sent. */
export async function updateOutline(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  version: number,
  outline: z.output<typeof outlineInputSchema>,
): Promise<void> {
  if (outlineDepth(outline.sections) > MAX_OUTLINE_DEPTH) {
    throw badRequest('outline_too_deep', { max: MAX_OUTLINE_DEPTH }, [
      { field: 'outline.sections', message: { vi: 'Quá nhiều cấp', en: 'Too many levels' } },
    ]);
  }
  if (countSections(outline.sections as OutlineSectionWrite[]) > MAX_SECTIONS) {
    throw badRequest('outline_too_large', { max: MAX_SECTIONS }, [
      { field: 'outline.sections', message: { vi: 'Quá nhiều mục', en: 'Too many sections' } },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    const row = await campaignForChange(trx, tree, actor, id, version, 'outline');
    if (row.status !== 'draft') throw issuedFrozen(['outline']);
    const before = await readCampaignFromRow(trx, row);
    await bumpVersion(trx, row, 'outline');
    await writeOutline(
      trx,
      id,
      outline as { title: string; summary: string; sections: OutlineSectionWrite[] },
    );
    await recordAudit(trx, actor, {
      action: 'campaign.outline_updated',
      entityType: 'campaign',
      entityId: id,
      before: before.outline,
      after: outline,
    });
  });
}
