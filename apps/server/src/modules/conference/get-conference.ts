import {
  type AgendaItemKind,
  type AgendaWarning,
  type Conference,
  conferenceTimeText,
  draftAgenda,
  scheduleAgenda,
  vietnamInstant,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { ConferenceAccess } from './conference-access.ts';
import {
  type ConferenceRow,
  conferenceGroups,
  defaultConferenceColumns,
  selectAgenda,
  selectConference,
} from './conference-store.ts';
import { invitationRelease } from './invitation-release.ts';
import { type SpeechAssignment, speechAssignments } from './speech-candidates.ts';

interface ItemLike {
  title: string;
  kind: string;
  durationMinutes: number;
  assignmentId: string | null;
}

const quoted = (title: string) => `“${title.length > 60 ? `${title.slice(0, 57)}…` : title}”`;

/**
 * What the agenda's speeches and documentary say against their assignments: one not accepted yet
 * (it may still change or not come), a length outside what the plan allowed ("10-15 phút").
 */
export function assignmentWarnings(
  items: readonly ItemLike[],
  assignments: ReadonlyMap<string, SpeechAssignment>,
): AgendaWarning[] {
  const out: AgendaWarning[] = [];
  items.forEach((item, index) => {
    const a = item.assignmentId ? assignments.get(item.assignmentId) : undefined;
    if (!a) return;
    const what = a.kind === 'documentary' ? 'Phóng sự' : 'Tham luận';
    if (a.status !== 'accepted') {
      out.push({
        code: 'not_accepted',
        itemIndex: index,
        message: `Mục ${index + 1} ${quoted(item.title)}: ${what.toLocaleLowerCase('vi')} của ${a.unitName} chưa được tiếp nhận.`,
      });
    }
    const tooShort = a.minMinutes !== null && item.durationMinutes < a.minMinutes;
    const tooLong = a.maxMinutes !== null && item.durationMinutes > a.maxMinutes;
    if (tooShort || tooLong) {
      const range =
        a.minMinutes !== null && a.maxMinutes !== null
          ? `${a.minMinutes}–${a.maxMinutes} phút`
          : a.maxMinutes !== null
            ? `tối đa ${a.maxMinutes} phút`
            : `ít nhất ${a.minMinutes} phút`;
      out.push({
        code: 'length_outside_task',
        itemIndex: index,
        message: `Mục ${index + 1} ${quoted(item.title)} dài ${item.durationMinutes} phút, ngoài thời lượng kế hoạch giao (${range}).`,
      });
    }
  });
  return out;
}

/** The conference as stored, or — until someone saves it — as the plan describes it. */
export async function getConference(
  db: Kysely<Database>,
  tree: UnitTree,
  access: ConferenceAccess,
): Promise<Conference> {
  const { campaign } = access;
  const row: ConferenceRow | undefined = await selectConference(db, campaign.id);
  const stored = row ? await selectAgenda(db, row.id) : [];
  const speeches = await speechAssignments(
    db,
    tree,
    campaign.id,
    new Set(stored.map((r) => r.assignment_id).filter((id): id is string => id !== null)),
  );
  const columns = row ?? { ...defaultConferenceColumns(campaign), current_item_id: null };
  const release = row ? await invitationRelease(db, row) : { released: false, changedSince: false };
  const items = row
    ? stored.map((r) => ({
        id: r.id,
        kind: r.kind as AgendaItemKind,
        title: r.title,
        startTime: r.start_time,
        durationMinutes: r.duration_minutes,
        presenterUnitId: r.presenter_unit_id,
        presenterName: r.presenter_name,
        assignmentId: r.assignment_id,
        note: r.note,
      }))
    : // Nothing saved yet: the plan's programme, with the accepted speeches and documentary in it.
      draftAgenda(
        campaign.plan.programme,
        speeches.filter((s) => s.status === 'accepted'),
      ).map((item, i) => ({ ...item, id: `new-${i + 1}` }));
  const inDraft = new Set(items.map((i) => i.assignmentId));
  const { slots, warnings } = scheduleAgenda({
    startTime: columns.start_time,
    endTime: columns.end_time,
    items,
  });
  const byAssignment = new Map(speeches.map((s) => [s.assignmentId, s]));
  const date = columns.date;
  return {
    campaignId: campaign.id,
    saved: row !== undefined,
    version: row?.version ?? 0,
    title: columns.title,
    date,
    startTime: columns.start_time,
    endTime: columns.end_time,
    tentative: columns.tentative === 1,
    timeNote: columns.time_note,
    startsAt: date && columns.start_time ? vietnamInstant(date, columns.start_time) : null,
    endsAt: date && columns.end_time ? vietnamInstant(date, columns.end_time) : null,
    timeText: conferenceTimeText({
      date,
      startTime: columns.start_time,
      tentative: columns.tentative === 1,
      timeNote: columns.time_note,
    }),
    venue: columns.venue,
    chair: columns.chair,
    expectedDelegates: columns.expected_delegates,
    groups: conferenceGroups(campaign, row),
    invitationNumber: columns.invitation_number,
    invitationCode: columns.invitation_code,
    invitationDate: columns.invitation_date,
    invitationContent: columns.invitation_content,
    invitationReleased: release.released,
    invitationChangedSinceRelease: release.changedSince,
    signature: {
      authority: columns.signature_authority,
      deputy: columns.signature_deputy,
      title: columns.signature_title,
      name: columns.signature_name,
    },
    agenda: items.map((item, i) => ({
      ...item,
      presenterUnitName: item.presenterUnitId ? (tree.byId.get(item.presenterUnitId)?.name ?? '') : '',
      scheduledStart: slots[i]?.start ?? null,
      scheduledEnd: slots[i]?.end ?? null,
    })),
    warnings: [...warnings, ...assignmentWarnings(items, byAssignment)],
    currentItemId: columns.current_item_id,
    candidates: access.manages
      ? speeches.map(({ minMinutes: _min, maxMinutes: _max, ...s }) => ({
          ...s,
          inAgenda: inDraft.has(s.assignmentId),
        }))
      : [],
    canManage: access.manages,
    updatedAt: row?.updated_at ?? null,
  };
}
