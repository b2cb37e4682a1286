import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from '../../db/schema.ts';
import { type ProvinceScope, withProvince } from '../audit/index.ts';

/*
 * The outbox: this module writes its messages and reads them back for the inbox and the outbox
 * pages (the kernel's mailer claims and marks the ones it sends).
 */

export type OutboxRow = Selectable<OutboxTable>;

/** Stores messages, fifty rows a statement; a message whose dedupe key is already there is skipped. */
export async function insertOutboxRows(db: Kysely<Database>, rows: Insertable<OutboxTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) {
    await db
      .insertInto('outbox')
      .values(rows.slice(i, i + 50))
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .execute();
  }
}

export interface NoticeFilter {
  unitId?: string;
  campaignId?: string;
  limit?: number;
  scope?: ProvinceScope;
}

/**
 * Messages newest first: one unit's, or those of a province — to its units, and to no unit about
 * one of its rounds — or, without a scope, every message.
 */
export async function selectNotices(db: Kysely<Database>, filter: NoticeFilter): Promise<OutboxRow[]> {
  let query = withProvince(db, filter.scope?.provinceId ?? '')
    .selectFrom('outbox')
    .selectAll('outbox')
    .orderBy('outbox.created_at', 'desc')
    .orderBy('outbox.id', 'desc');
  if (filter.scope) {
    query = query.where((eb) =>
      eb.or([
        eb('outbox.unit_id', 'in', eb.selectFrom('province_units').select('province_units.id')),
        eb.and([
          eb('outbox.unit_id', 'is', null),
          eb('outbox.campaign_id', 'in', eb.selectFrom('province_rounds').select('province_rounds.id')),
        ]),
      ]),
    );
  }
  if (filter.unitId) query = query.where('outbox.unit_id', '=', filter.unitId);
  if (filter.campaignId) query = query.where('outbox.campaign_id', '=', filter.campaignId);
  return query.limit(filter.limit ?? 100).execute();
}
