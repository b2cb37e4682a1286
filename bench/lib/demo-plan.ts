import type { Db } from '../../apps/server/src/db/database.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { seedDemo } from '../../apps/server/src/demo/seed-demo.ts';
import { UnitDirectory, type UnitTree } from '../../apps/server/src/kernel/unit-directory.ts';
import { readCampaign, type StoredCampaign } from '../../apps/server/src/modules/campaigns/index.ts';

/** Migrates and seeds the demo into `db`, and reads the Quảng Trị round (plan 2519) and the unit tree. */
export async function seedDemoPlan2519(db: Db): Promise<{ campaign: StoredCampaign; tree: UnitTree }> {
  await migrateToLatest(db);
  await seedDemo(db.kysely);
  const tree = await new UnitDirectory(db.kysely).current();
  const row = await db.kysely
    .selectFrom('campaigns')
    .select('id')
    .where('doc_number', '=', '2519')
    .executeTakeFirstOrThrow();
  const campaign = await readCampaign(db.kysely, row.id);
  if (!campaign) throw new Error('the demo plan 2519 is missing');
  return { campaign, tree };
}
