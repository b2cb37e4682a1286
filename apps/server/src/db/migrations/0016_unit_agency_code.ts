import type { Kysely } from 'kysely';

/**
 * A unit's electronic identification code (mã định danh điện tử, QCVN 102:2016/BTTTT), by which a
 * document-management system routes an edXML package to it. Null: not known yet. It is unique
 * within a province: the unit operations check that while they hold the unit tree
 * (claimUnitTree), since a province is a unit's root and no column the database could index.
 * The index serves that check and the look-up of a code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('units').addColumn('agency_code', 'text').execute();
  await db.schema.createIndex('units_agency_code_idx').on('units').column('agency_code').execute();
}
