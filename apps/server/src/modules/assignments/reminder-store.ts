import type { Insertable, Kysely } from 'kysely';
import type { Database, ReminderBatchesTable, ReminderLogTable } from '../../db/schema.ts';

/*
 * The reminders' tables: reminder_log (each rule once per assignment, sent or skipped) and
 * reminder_batches (one đôn đốc click per Idempotency-Key), with the assignments they read.
 */

/** The assignments of issued rounds not sent yet whose deadline is before `horizon`, with their round's rules. */
export async function selectReminderCandidates(db: Kysely<Database>, horizon: string) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('campaigns as c', 'c.id', 'a.campaign_id')
    .select([
      'a.id',
      'a.campaign_id',
      'a.unit_id',
      'a.kind',
      'a.text',
      'a.topic',
      'a.deadline',
      'c.reminder_rules',
      'c.doc_number',
      'c.doc_code',
    ])
    .where('c.status', '=', 'issued')
    .where('a.first_submitted_at', 'is', null)
    .where('a.deadline', 'is not', null)
    .where('a.deadline', '<=', horizon)
    .execute();
}

/** The rules already logged for these assignments, as "assignmentId|kind". */
export async function selectLoggedReminders(
  db: Kysely<Database>,
  assignmentIds: string[],
): Promise<Set<string>> {
  const logged = new Set<string>();
  for (let i = 0; i < assignmentIds.length; i += 500) {
    const log = await db
      .selectFrom('reminder_log')
      .select(['assignment_id', 'kind'])
      .where('assignment_id', 'in', assignmentIds.slice(i, i + 500))
      .execute();
    for (const l of log) logged.add(`${l.assignment_id}|${l.kind}`);
  }
  return logged;
}

/** Claims a rule for an assignment: true only for the one caller whose row was stored. */
export async function claimReminder(
  db: Kysely<Database>,
  row: Insertable<ReminderLogTable>,
): Promise<boolean> {
  const claimed = await db
    .insertInto('reminder_log')
    .values(row)
    .onConflict((oc) => oc.columns(['assignment_id', 'kind']).doNothing())
    .returning('assignment_id')
    .execute();
  return claimed.length > 0;
}

/** Forgets the reminders sent for an assignment (its deadline moved: they start over). */
export async function clearReminders(db: Kysely<Database>, assignmentId: string): Promise<void> {
  await db.deleteFrom('reminder_log').where('assignment_id', '=', assignmentId).execute();
}

/** The unsent assignments of a round whose deadline passed before `now`. */
export async function selectLateAssignments(db: Kysely<Database>, campaignId: string, now: string) {
  return db
    .selectFrom('assignments')
    .select(['id', 'campaign_id', 'unit_id', 'kind', 'text', 'topic', 'deadline'])
    .where('campaign_id', '=', campaignId)
    .where('first_submitted_at', 'is', null)
    .where('deadline', '<', now)
    .execute();
}

/** The đôn đốc batch an Idempotency-Key already made in this round. */
export async function selectReminderBatch(db: Kysely<Database>, campaignId: string, key: string) {
  return db
    .selectFrom('reminder_batches')
    .select(['id', 'units'])
    .where('campaign_id', '=', campaignId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function insertReminderBatch(
  db: Kysely<Database>,
  row: Insertable<ReminderBatchesTable>,
): Promise<void> {
  await db.insertInto('reminder_batches').values(row).execute();
}
