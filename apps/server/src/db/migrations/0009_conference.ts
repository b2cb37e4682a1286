import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * The conference of a round: its time, venue and agenda; the delegates of each group of the plan's
 * composition with their invitations (an RSVP token kept only as its hash), answers and check-in;
 * the budget; and the receipt of the issued plan by every unit it was sent to.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Amounts in đồng pass 2^31 (a few billion for awards): PostgreSQL's integer would overflow.
  const money = dialect === 'postgres' ? sql`bigint` : sql`integer`;

  await db.schema
    .createTable('conferences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // One conference per round, created once: two first saves cannot both win.
    .addColumn('campaign_id', 'text', (c) => c.notNull().unique().references('campaigns.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('tentative', 'integer', (c) => c.notNull())
    .addColumn('time_note', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('chair', 'text', (c) => c.notNull())
    .addColumn('expected_delegates', 'integer')
    // JSON array of { groupId, expected }: how many each group of the composition should bring.
    .addColumn('group_targets', 'text', (c) => c.notNull())
    .addColumn('invitation_number', 'text', (c) => c.notNull())
    .addColumn('invitation_code', 'text', (c) => c.notNull())
    .addColumn('invitation_date', 'text')
    .addColumn('invitation_content', 'text', (c) => c.notNull())
    .addColumn('signature_authority', 'text', (c) => c.notNull())
    .addColumn('signature_deputy', 'text', (c) => c.notNull())
    .addColumn('signature_title', 'text', (c) => c.notNull())
    .addColumn('signature_name', 'text', (c) => c.notNull())
    // The item on now, for the hall screen; outside the version so a click never conflicts with an edit.
    .addColumn('current_item_id', 'text')
    // Numbers handed to delegates (the check-in code starts with it), taken by a conditional update.
    .addColumn('delegate_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    // The budget is edited apart from the agenda, by other people: its own version.
    .addColumn('budget_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('conference_agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('presenter_unit_id', 'text')
    .addColumn('presenter_name', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conference_agenda_items_idx')
    .on('conference_agenda_items')
    .columns(['conference_id', 'position'])
    .execute();

  await db.schema
    .createTable('conference_delegates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'text')
    .addColumn('salutation', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('unit_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('rsvp_status', 'text', (c) => c.notNull())
    .addColumn('rsvp_at', 'text')
    .addColumn('rsvp_note', 'text', (c) => c.notNull())
    // SHA-256 of the RSVP link's token: the link itself is never stored.
    .addColumn('rsvp_token_hash', 'text', (c) => c.unique())
    .addColumn('invited_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('checked_in_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conference_delegates_number_uq', ['conference_id', 'number'])
    .execute();

  await db.schema
    .createTable('conference_budget_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('planned', money, (c) => c.notNull())
    .addColumn('actual', money)
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conference_budget_lines_idx')
    .on('conference_budget_lines')
    .columns(['conference_id', 'position'])
    .execute();

  // One row per (issued plan, receiving unit), written when the plan is issued.
  await db.schema
    .createTable('plan_receipts')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('opened_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addPrimaryKeyConstraint('plan_receipts_pk', ['campaign_id', 'unit_id'])
    .execute();
  // Plans issued before receipts were kept: the units they were sent to, as the notices did.
  await sql`INSERT INTO plan_receipts (campaign_id, unit_id, delivered_at)
    SELECT DISTINCT c.id, r.unit_id, COALESCE(c.issued_at, c.updated_at)
    FROM campaigns c
    JOIN (
      SELECT campaign_id, unit_id FROM assignments
      UNION SELECT campaign_id, unit_id FROM plan_row_units WHERE role = 'recipient'
    ) r ON r.campaign_id = c.id
    WHERE c.status <> 'draft'`.execute(db);
}
