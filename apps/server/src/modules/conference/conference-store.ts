import {
  type Delegate,
  draftAgenda,
  type RsvpStatus,
  type Salutation,
  vietnamDate,
  vietnamTimeOfDay,
} from '@tongket/domain';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type {
  ConferenceAgendaItemsTable,
  ConferenceBudgetLinesTable,
  ConferenceDelegatesTable,
  ConferencesTable,
  Database,
  InvitationBatchesTable,
} from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { speechAssignments } from './speech-candidates.ts';

/**
 * Reading and writing a round's conference: the only place that knows its tables. Services call
 * it inside their transaction; it never decides whether a change is allowed.
 */
export type ConferenceRow = Selectable<ConferencesTable>;
export type AgendaItemRow = Selectable<ConferenceAgendaItemsTable>;
export type DelegateRow = Selectable<ConferenceDelegatesTable>;
export type BudgetLineRow = Selectable<ConferenceBudgetLinesTable>;

/* ---- conferences ---------------------------------------------------------------------------- */

export async function selectConference(
  db: Kysely<Database>,
  campaignId: string,
): Promise<ConferenceRow | undefined> {
  return db.selectFrom('conferences').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
}

export async function selectAgenda(db: Kysely<Database>, conferenceId: string): Promise<AgendaItemRow[]> {
  return db
    .selectFrom('conference_agenda_items')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .execute();
}

export async function selectDelegates(db: Kysely<Database>, conferenceId: string): Promise<DelegateRow[]> {
  return db
    .selectFrom('conference_delegates')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('number')
    .execute();
}

export async function selectDelegate(
  db: Kysely<Database>,
  conferenceId: string,
  id: string,
): Promise<DelegateRow | undefined> {
  return db
    .selectFrom('conference_delegates')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** "UBND tỉnh Quảng Trị" → "Ủy ban nhân dân tỉnh Quảng Trị": how a sentence names the inviter. */
export function inviterName(campaign: StoredCampaign, tree: UnitTree): string {
  const name =
    tree.byId.get(campaign.issuingUnitId)?.name ?? campaign.plan.issuingBody.replace(/\s*\n\s*/g, ' ');
  return name.replace(/^UBND\b/, 'Ủy ban nhân dân').replace(/^HĐND\b/, 'Hội đồng nhân dân');
}

/**
 * The conference's name from the plan: its summary from "Hội nghị" on ("Tổ chức Hội nghị tổng
 * kết giai đoạn 1 công tác chống dịch COVID-19"), else the round's name after "Hội nghị".
 */
export function defaultTitle(campaign: StoredCampaign): string {
  const summary = campaign.plan.summary.replace(/\s*\n\s*/g, ' ').trim();
  const at = summary.search(/Hội nghị/i);
  if (at >= 0) return summary.slice(at).replace(/^hội nghị/, 'Hội nghị');
  const name = campaign.name.trim();
  return `Hội nghị ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
}

/** The fields a conference starts from: what the plan says of it (section III, IV, the signature). */
export function defaultConferenceColumns(campaign: StoredCampaign) {
  const { plan } = campaign;
  const startsAt = plan.conferenceStartsAt;
  return {
    title: defaultTitle(campaign),
    date: startsAt ? vietnamDate(startsAt) : null,
    start_time: startsAt ? vietnamTimeOfDay(new Date(startsAt)) : null,
    end_time: null,
    tentative: startsAt ? 0 : 1,
    time_note: plan.conferenceTime,
    venue: plan.venue,
    chair: '',
    expected_delegates: plan.expectedDelegates,
    group_targets: '[]',
    invitation_number: '',
    invitation_code: 'GM-UBND',
    invitation_date: null,
    invitation_content: '',
    signature_authority: plan.signature.authority,
    signature_deputy: plan.signature.deputy,
    signature_title: plan.signature.title,
    signature_name: plan.signature.name,
  };
}

/**
 * The round's conference, created from the plan the first time something is added to it (a
 * delegate, a budget line) before anyone saved it — with the same first agenda a reader was shown
 * (the programme, accepted speeches dropped in), so adding a delegate never loses it. Two first
 * additions at once make one row.
 */
export async function ensureConference(
  trx: Kysely<Database>,
  campaign: StoredCampaign,
  tree: UnitTree,
  by: string | null,
): Promise<ConferenceRow> {
  const existing = await selectConference(trx, campaign.id);
  if (existing) return existing;
  const now = nowIso();
  const id = newId();
  const inserted = await trx
    .insertInto('conferences')
    .values({
      id,
      campaign_id: campaign.id,
      ...defaultConferenceColumns(campaign),
      current_item_id: null,
      delegate_seq: 0,
      version: 1,
      budget_version: 0,
      created_at: now,
      updated_at: now,
      updated_by: by,
    })
    .onConflict((oc) => oc.column('campaign_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
    const accepted = (await speechAssignments(trx, tree, campaign.id, new Set())).filter(
      (s) => s.status === 'accepted',
    );
    const agenda = draftAgenda(campaign.plan.programme, accepted);
    if (agenda.length > 0) {
      await insertAgendaItems(
        trx,
        id,
        agenda.map((item) => ({ ...item, id: newId() })),
      );
    }
  }
  return (await selectConference(trx, campaign.id)) as ConferenceRow;
}

export function parseGroupTargets(json: string): Array<{ groupId: string; expected: number }> {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed)
      ? parsed.filter(
          (t): t is { groupId: string; expected: number } =>
            typeof t?.groupId === 'string' && Number.isInteger(t?.expected),
        )
      : [];
  } catch {
    return [];
  }
}

/** The plan's composition groups with how many each should bring. */
export function conferenceGroups(campaign: StoredCampaign, row: ConferenceRow | undefined) {
  const targets = new Map(parseGroupTargets(row?.group_targets ?? '[]').map((t) => [t.groupId, t.expected]));
  return campaign.plan.delegateGroups.map((g) => ({
    id: g.id,
    text: g.text,
    expected: targets.get(g.id) ?? null,
  }));
}

export function delegateView(
  row: DelegateRow,
  groups: ReadonlyMap<string, string>,
  checkinCode: string | null,
): Delegate & { checkinCode: string | null } {
  return {
    id: row.id,
    number: row.number,
    groupId: row.group_id,
    groupText: (row.group_id && groups.get(row.group_id)) || '',
    salutation: row.salutation as Salutation | null,
    name: row.name,
    title: row.title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    email: row.email,
    phone: row.phone,
    note: row.note,
    rsvpStatus: row.rsvp_status as RsvpStatus,
    rsvpAt: row.rsvp_at,
    rsvpNote: row.rsvp_note,
    invitedAt: row.invited_at,
    checkedInAt: row.checked_in_at,
    checkedInBy: row.checked_in_by,
    version: row.version,
    checkinCode,
  };
}

/** Takes `count` delegate numbers, in the caller's transaction (the row lock orders concurrent takers). */
export async function takeDelegateNumbers(
  trx: Kysely<Database>,
  conferenceId: string,
  count: number,
): Promise<number> {
  await trx
    .updateTable('conferences')
    .set((eb) => ({ delegate_seq: eb('delegate_seq', '+', count) }))
    .where('id', '=', conferenceId)
    .execute();
  const row = await trx
    .selectFrom('conferences')
    .select('delegate_seq')
    .where('id', '=', conferenceId)
    .executeTakeFirstOrThrow();
  return row.delegate_seq - count + 1;
}

/** The conference of the round whose delegate this is. */
export async function selectConferenceById(
  db: Kysely<Database>,
  id: string,
): Promise<ConferenceRow | undefined> {
  return db.selectFrom('conferences').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertConferenceRow(trx: Kysely<Database>, row: Insertable<ConferencesTable>) {
  await trx.insertInto('conferences').values(row).execute();
}

/** Saves the conference's fields if it is still at `version`; false when someone saved first. */
export async function updateConferenceRow(
  trx: Kysely<Database>,
  id: string,
  version: number,
  columns: Updateable<ConferencesTable>,
): Promise<boolean> {
  const updated = await trx
    .updateTable('conferences')
    .set({ ...columns, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** The item on the hall screen (null: none). */
export async function setCurrentItemId(trx: Kysely<Database>, conferenceId: string, itemId: string | null) {
  await trx
    .updateTable('conferences')
    .set({ current_item_id: itemId })
    .where('id', '=', conferenceId)
    .execute();
}

/* ---- the agenda ------------------------------------------------------------------------------ */

export async function hasAgendaItem(db: Kysely<Database>, conferenceId: string, itemId: string) {
  const item = await db
    .selectFrom('conference_agenda_items')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  return item !== undefined;
}

export async function deleteAgenda(trx: Kysely<Database>, conferenceId: string) {
  await trx.deleteFrom('conference_agenda_items').where('conference_id', '=', conferenceId).execute();
}

/** An agenda item as written: its id and what the organisers (or the plan's programme) say of it. */
export interface AgendaItemWrite {
  id: string;
  kind: string;
  title: string;
  startTime: string | null;
  durationMinutes: number;
  presenterUnitId: string | null;
  presenterName: string;
  assignmentId: string | null;
  note: string;
}

/** Writes the conference's agenda items in the order given. */
export async function insertAgendaItems(
  trx: Kysely<Database>,
  conferenceId: string,
  items: AgendaItemWrite[],
) {
  if (items.length === 0) return;
  await trx
    .insertInto('conference_agenda_items')
    .values(
      items.map((item, position) => ({
        id: item.id,
        conference_id: conferenceId,
        position,
        kind: item.kind,
        title: item.title,
        start_time: item.startTime,
        duration_minutes: item.durationMinutes,
        presenter_unit_id: item.presenterUnitId,
        presenter_name: item.presenterName,
        assignment_id: item.assignmentId,
        note: item.note,
      })),
    )
    .execute();
}

/* ---- delegates ------------------------------------------------------------------------------- */

/** What attendance counts of each delegate: no names. */
export async function selectAttendanceRows(db: Kysely<Database>, conferenceId: string) {
  return db
    .selectFrom('conference_delegates')
    .select(['group_id', 'rsvp_status', 'invited_at', 'checked_in_at'])
    .where('conference_id', '=', conferenceId)
    .execute();
}

export async function selectDelegateByNumber(
  db: Kysely<Database>,
  conferenceId: string,
  number: number,
): Promise<DelegateRow | undefined> {
  return db
    .selectFrom('conference_delegates')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** The delegate whose RSVP link hashes to `hash`. */
export async function selectDelegateByTokenHash(
  db: Kysely<Database>,
  hash: string,
): Promise<DelegateRow | undefined> {
  return db
    .selectFrom('conference_delegates')
    .selectAll()
    .where('rsvp_token_hash', '=', hash)
    .executeTakeFirst();
}

/** The delegates to invite, by number: those named, or everyone not invited yet. */
export async function selectInvitees(
  trx: Kysely<Database>,
  conferenceId: string,
  delegateIds: string[] | undefined,
): Promise<DelegateRow[]> {
  let query = trx.selectFrom('conference_delegates').selectAll().where('conference_id', '=', conferenceId);
  query = delegateIds ? query.where('id', 'in', delegateIds) : query.where('invited_at', 'is', null);
  return query.orderBy('number').execute();
}

/** Inserts delegates in batches of 100 (a statement's parameters are limited). */
export async function insertDelegateRows(
  trx: Kysely<Database>,
  rows: Insertable<ConferenceDelegatesTable>[],
) {
  for (let i = 0; i < rows.length; i += 100) {
    await trx
      .insertInto('conference_delegates')
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

/** Saves a delegate's fields if it is still at `version`; false when someone changed it first. */
export async function updateDelegateRow(
  trx: Kysely<Database>,
  id: string,
  version: number,
  columns: Updateable<ConferenceDelegatesTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('conference_delegates')
    .set({ ...columns, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteDelegateRow(trx: Kysely<Database>, id: string) {
  await trx.deleteFrom('conference_delegates').where('id', '=', id).execute();
}

/** Gives the delegate a new RSVP link; `onlyUninvited`: unless someone invited them meanwhile. */
export async function giveRsvpToken(
  trx: Kysely<Database>,
  id: string,
  hash: string,
  now: string,
  onlyUninvited: boolean,
): Promise<boolean> {
  let update = trx
    .updateTable('conference_delegates')
    .set((eb) => ({
      rsvp_token_hash: hash,
      invited_at: now,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id);
  if (onlyUninvited) update = update.where('invited_at', 'is', null);
  const updated = await update.executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function recordRsvpAnswer(
  trx: Kysely<Database>,
  id: string,
  answer: { response: string; note: string },
  now: string,
) {
  await trx
    .updateTable('conference_delegates')
    .set((eb) => ({
      rsvp_status: answer.response,
      rsvp_at: now,
      rsvp_note: answer.note,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

/** Marks the delegate present unless someone did first; false then. */
export async function markDelegatePresent(
  trx: Kysely<Database>,
  id: string,
  by: string,
  now: string,
): Promise<boolean> {
  const updated = await trx
    .updateTable('conference_delegates')
    .set((eb) => ({ checked_in_at: now, checked_in_by: by, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('checked_in_at', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function clearCheckIn(trx: Kysely<Database>, id: string, now: string) {
  await trx
    .updateTable('conference_delegates')
    .set((eb) => ({
      checked_in_at: null,
      checked_in_by: null,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

/* ---- invitation batches ---------------------------------------------------------------------- */

export async function selectInvitationBatch(db: Kysely<Database>, conferenceId: string, key: string) {
  return db
    .selectFrom('invitation_batches')
    .select(['invited', 'emailed'])
    .where('conference_id', '=', conferenceId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function insertInvitationBatch(trx: Kysely<Database>, row: Insertable<InvitationBatchesTable>) {
  await trx.insertInto('invitation_batches').values(row).execute();
}

/* ---- the budget ------------------------------------------------------------------------------ */

export async function selectBudgetLines(
  db: Kysely<Database>,
  conferenceId: string,
): Promise<BudgetLineRow[]> {
  return db
    .selectFrom('conference_budget_lines')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .execute();
}

/** Takes the budget's next version if it is still at `version`; false when someone saved first. */
export async function bumpBudgetVersion(
  trx: Kysely<Database>,
  conferenceId: string,
  version: number,
  by: string,
  now: string,
): Promise<boolean> {
  const updated = await trx
    .updateTable('conferences')
    .set({ budget_version: version + 1, updated_at: now, updated_by: by })
    .where('id', '=', conferenceId)
    .where('budget_version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Replaces every line of the budget. */
export async function replaceBudgetLines(
  trx: Kysely<Database>,
  conferenceId: string,
  lines: Insertable<ConferenceBudgetLinesTable>[],
) {
  await trx.deleteFrom('conference_budget_lines').where('conference_id', '=', conferenceId).execute();
  if (lines.length > 0) await trx.insertInto('conference_budget_lines').values(lines).execute();
}

/* ---- the check-in secret --------------------------------------------------------------------- */

const CHECKIN_SECRET_KEY = 'conference_checkin_secret';

/** The stored check-in secret (hex), storing `candidate` first if there is none yet. */
export async function keepCheckinSecret(db: Kysely<Database>, candidate: string): Promise<string> {
  await db
    .insertInto('app_state')
    .values({ key: CHECKIN_SECRET_KEY, value: candidate })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_state')
    .select('value')
    .where('key', '=', CHECKIN_SECRET_KEY)
    .executeTakeFirstOrThrow();
  return row.value;
}

/* ---- the coordinator's home ---- */

/**
 * Per round's conference among the rounds given: its delegates invited and not yet answered, and
 * the earliest of their invitations — one grouped query.
 */
export async function selectUnansweredInvitations(db: Kysely<Database>, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  return db
    .selectFrom('conference_delegates as d')
    .innerJoin('conferences as c', 'c.id', 'd.conference_id')
    .select((eb) => [
      'c.campaign_id',
      'c.title',
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.min('d.invited_at').as('since'),
    ])
    .where('c.campaign_id', 'in', campaignIds)
    .where('d.invited_at', 'is not', null)
    .where('d.rsvp_status', '=', 'pending')
    .groupBy(['c.campaign_id', 'c.title'])
    .execute();
}

/**
 * The delegates of `unitId` invited and not yet answered, in issued rounds, with their conference
 * and round, in one query (conference, then delegate-list order).
 */
export async function selectUnitUnansweredDelegates(db: Kysely<Database>, unitId: string) {
  return db
    .selectFrom('conference_delegates as d')
    .innerJoin('conferences as c', 'c.id', 'd.conference_id')
    .innerJoin('campaigns as r', 'r.id', 'c.campaign_id')
    .select(['c.campaign_id', 'r.name as campaign_name', 'c.title', 'c.date', 'd.name', 'd.number'])
    .where('d.unit_id', '=', unitId)
    .where('d.invited_at', 'is not', null)
    .where('d.rsvp_status', '=', 'pending')
    .where('r.status', '=', 'issued')
    .orderBy('c.date')
    .orderBy('c.campaign_id')
    .orderBy('d.number')
    .execute();
}
