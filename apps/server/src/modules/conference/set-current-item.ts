import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, problem } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import type { ConferenceAccess } from './conference-access.ts';
import { selectConference } from './conference-store.ts';

/** The item on the hall screen now (null: none). Outside the version: a click never conflicts with an edit. */
export async function setCurrentItem(
  db: Kysely<Database>,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  itemId: string | null,
): Promise<void> {
  const row = await selectConference(db, access.campaign.id);
  if (!row) {
    throw conflict('conference_not_saved');
  }
  if (itemId !== null) {
    const item = await db
      .selectFrom('conference_agenda_items')
      .select('id')
      .where('conference_id', '=', row.id)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!item) {
      throw problem('agenda_item_missing', undefined, {
        errors: [
          { field: 'itemId', message: { vi: 'Không có trong chương trình', en: 'Not on the agenda' } },
        ],
      });
    }
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('conferences').set({ current_item_id: itemId }).where('id', '=', row.id).execute();
    await recordAudit(trx, actor, {
      action: 'conference.current_item',
      entityType: 'conference',
      entityId: row.id,
      before: { itemId: row.current_item_id },
      after: { itemId },
    });
  });
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: 'current',
    at: nowIso(),
  });
}
