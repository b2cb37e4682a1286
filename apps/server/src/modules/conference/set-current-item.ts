import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, problem } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import type { ConferenceAccess } from './conference-access.ts';
import { hasAgendaItem, selectConference, setCurrentItemId } from './conference-store.ts';

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
  if (itemId !== null && !(await hasAgendaItem(db, row.id, itemId))) {
    throw problem('agenda_item_missing', undefined, {
      errors: [{ field: 'itemId', message: { vi: 'Không có trong chương trình', en: 'Not on the agenda' } }],
    });
  }
  await db.transaction().execute(async (trx) => {
    await setCurrentItemId(trx, row.id, itemId);
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
