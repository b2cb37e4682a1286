import {
  type Delegate,
  draftAgenda,
  type RsvpStatus,
  type Salutation,
  vietnamDate,
  vietnamTimeOfDay,
} from '@tongket/domain';
import type { Kysely, Selectable } from 'kysely';
import type {
  ConferenceAgendaItemsTable,
  ConferenceDelegatesTable,
  ConferencesTable,
  Database,
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
      await trx
        .insertInto('conference_agenda_items')
        .values(
          agenda.map((item, position) => ({
            id: newId(),
            conference_id: id,
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
