import type { conferenceInputSchema } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, type FieldError, HttpProblem, problem, versionConflict } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { assignmentKinds } from '../assignments/index.ts';
import { assertUnitsInRound } from '../campaigns/index.ts';
import type { ConferenceAccess } from './conference-access.ts';
import {
  deleteAgenda,
  insertAgendaItems,
  insertConferenceRow,
  selectAgenda,
  selectConference,
  setCurrentItemId,
  updateConferenceRow,
} from './conference-store.ts';
import { invitationReleased } from './invitation-release.ts';

export type ConferenceInput = z.output<typeof conferenceInputSchema>;

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate key/i.test(error instanceof Error ? error.message : String(error));

/** What the agenda and the targets point at must exist in this round: checked before anything is written. */
async function referenceErrors(
  db: Kysely<Database>,
  tree: UnitTree,
  access: ConferenceAccess,
  input: ConferenceInput,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const assignmentIds = [...new Set(input.agenda.map((a) => a.assignmentId).filter((id) => id !== null))];
  const assignments = await assignmentKinds(db, access.campaign.id, assignmentIds);
  input.agenda.forEach((item, i) => {
    if (item.presenterUnitId && !tree.byId.has(item.presenterUnitId)) {
      errors.push({
        field: `agenda.${i}.presenterUnitId`,
        message: { vi: 'Không có đơn vị này', en: 'No such unit' },
      });
    }
    if (item.assignmentId) {
      const kind = assignments.get(item.assignmentId);
      if (kind === undefined) {
        errors.push({
          field: `agenda.${i}.assignmentId`,
          message: { vi: 'Không phải nhiệm vụ của đợt này', en: 'Not a task of this round' },
        });
      } else if (kind !== 'speech' && kind !== 'media') {
        errors.push({
          field: `agenda.${i}.assignmentId`,
          message: {
            vi: 'Chỉ tham luận hoặc phóng sự mới đưa vào chương trình được',
            en: 'Only a speech or a documentary can go on the agenda',
          },
        });
      }
    }
  });
  const groups = new Set(access.campaign.plan.delegateGroups.map((g) => g.id));
  input.groupTargets.forEach((t, i) => {
    if (!groups.has(t.groupId)) {
      errors.push({
        field: `groupTargets.${i}.groupId`,
        message: { vi: 'Không có thành phần này trong kế hoạch', en: 'No such group in the plan' },
      });
    }
  });
  return errors;
}

/**
 * Saves the conference and its whole agenda in one transaction, from the version the caller read
 * (0 for the first save): a stale version is refused, and a refused or failed save leaves nothing
 * of it behind. Overlaps and items past the end are warnings in the answer, not refusals.
 */
export async function saveConference(
  db: Kysely<Database>,
  tree: UnitTree,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  input: ConferenceInput,
): Promise<void> {
  const errors = await referenceErrors(db, tree, access, input);
  if (errors.length > 0) {
    throw problem('conference_invalid', { errors }, { errors });
  }
  // A presenter's unit lies in the round's province (an unknown one was already refused above).
  assertUnitsInRound(
    tree,
    access.campaign,
    input.agenda.flatMap((item, i) =>
      item.presenterUnitId ? [{ field: `agenda.${i}.presenterUnitId`, unitId: item.presenterUnitId }] : [],
    ),
    'save_conference',
  );
  const campaignId = access.campaign.id;
  const now = nowIso();
  const columns = {
    title: input.title,
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    tentative: input.tentative ? 1 : 0,
    time_note: input.timeNote,
    venue: input.venue,
    chair: input.chair,
    expected_delegates: input.expectedDelegates,
    group_targets: JSON.stringify(input.groupTargets),
    invitation_number: input.invitationNumber,
    invitation_code: input.invitationCode,
    invitation_date: input.invitationDate,
    invitation_content: input.invitationContent,
    signature_authority: input.signature.authority,
    signature_deputy: input.signature.deputy,
    signature_title: input.signature.title,
    signature_name: input.signature.name,
    updated_at: now,
    updated_by: actor.username,
  };
  try {
    await db.transaction().execute(async (trx) => {
      const row = await selectConference(trx, campaignId);
      if ((row?.version ?? 0) !== input.version) throw versionConflict('conference');
      // The released invitation is the document of record: its number, code and date stay as issued.
      if (
        row &&
        (row.invitation_number !== columns.invitation_number ||
          row.invitation_code !== columns.invitation_code ||
          row.invitation_date !== columns.invitation_date) &&
        (await invitationReleased(trx, row.id))
      )
        throw conflict('signing_not_ready', { case: 'invitation_released' });
      let conferenceId: string;
      let before: unknown = null;
      /** Item ids the client sent back that name items of this agenda; others get new ids. */
      const kept = new Set<string>();
      if (!row) {
        conferenceId = newId();
        await insertConferenceRow(trx, {
          id: conferenceId,
          campaign_id: campaignId,
          ...columns,
          current_item_id: null,
          delegate_seq: 0,
          version: 1,
          budget_version: 0,
          created_at: now,
        });
      } else {
        conferenceId = row.id;
        const previous = await selectAgenda(trx, row.id);
        before = { title: row.title, date: row.date, agenda: previous.map((p) => p.title) };
        if (!(await updateConferenceRow(trx, row.id, row.version, columns)))
          throw versionConflict('conference');
        // Ids the client sends back are kept, so the hall screen's current item survives a save.
        const existing = new Set(previous.map((p) => p.id));
        for (const item of input.agenda) if (item.id && existing.has(item.id)) kept.add(item.id);
        await deleteAgenda(trx, row.id);
        if (row.current_item_id && !kept.has(row.current_item_id)) {
          await setCurrentItemId(trx, row.id, null);
        }
      }
      await insertAgendaItems(
        trx,
        conferenceId,
        // An id given twice keeps its first item only; a draft's placeholder ("new-1") is never stored.
        input.agenda.map((item) => ({ ...item, id: item.id && kept.delete(item.id) ? item.id : newId() })),
      );
      await recordAudit(trx, actor, {
        action: row ? 'conference.updated' : 'conference.created',
        entityType: 'conference',
        entityId: conferenceId,
        before,
        after: {
          title: input.title,
          date: input.date,
          startTime: input.startTime,
          endTime: input.endTime,
          tentative: input.tentative,
          venue: input.venue,
          agenda: input.agenda.map((a) => a.title),
        },
      });
    });
  } catch (error) {
    // Two first saves at once: the unique round id lets one in; the other saw version 0 too late.
    if (!(error instanceof HttpProblem) && isUniqueViolation(error)) throw versionConflict('conference');
    throw error;
  }
  events.publish({ type: 'conference.changed', campaignId, change: 'agenda', at: now });
}
