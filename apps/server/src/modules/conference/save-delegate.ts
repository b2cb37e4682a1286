import type { delegateInputSchema, delegatePatchSchema } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, type FieldError, notFound, problem, versionConflict } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { assertUnitsInRound } from '../campaigns/index.ts';
import type { ConferenceAccess } from './conference-access.ts';
import {
  type ConferenceRow,
  deleteDelegateRow,
  ensureConference,
  insertDelegateRows,
  selectConference,
  selectDelegate,
  takeDelegateNumbers,
  updateDelegateRow,
} from './conference-store.ts';

export type DelegateInput = z.output<typeof delegateInputSchema>;
type DelegatePatch = z.output<typeof delegatePatchSchema>;

export const delegateNotFound = () => notFound('delegate');

/** A delegate's group must be a row of the plan's composition, their unit one of the system's. */
export function delegateErrors(
  access: ConferenceAccess,
  tree: UnitTree,
  d: { groupId?: string | null | undefined; unitId?: string | null | undefined },
): FieldError[] {
  const errors: FieldError[] = [];
  if (d.groupId && !access.campaign.plan.delegateGroups.some((g) => g.id === d.groupId)) {
    errors.push({
      field: 'groupId',
      message: { vi: 'Không có thành phần này trong kế hoạch', en: 'No such group in the plan' },
    });
  }
  if (d.unitId && !tree.byId.has(d.unitId))
    errors.push({ field: 'unitId', message: { vi: 'Không có đơn vị này', en: 'No such unit' } });
  return errors;
}

function refuse(errors: FieldError[]) {
  if (errors.length > 0) {
    throw problem('delegate_invalid', { messages: errors.map((e) => e.message) }, { errors });
  }
}

/**
 * A delegate as entered or changed, checked before anything is written: the group and unit exist
 * (422), and the unit lies in the round's province (400, naming `unitId`).
 */
function checkDelegate(
  access: ConferenceAccess,
  tree: UnitTree,
  d: { groupId?: string | null | undefined; unitId?: string | null | undefined },
) {
  refuse(delegateErrors(access, tree, d));
  if (d.unitId) {
    assertUnitsInRound(tree, access.campaign, [{ field: 'unitId', unitId: d.unitId }], 'save_delegate');
  }
}

/** The unit's name stands in for the printed one when the clerk left it empty. */
export function printedUnitName(tree: UnitTree, unitId: string | null, unitName: string): string {
  return unitName || (unitId ? (tree.byId.get(unitId)?.name ?? '') : '');
}

/** New delegates in the caller's transaction, numbered in the order given. */
export async function insertDelegates(
  trx: Kysely<Database>,
  tree: UnitTree,
  conference: ConferenceRow,
  inputs: DelegateInput[],
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const first = await takeDelegateNumbers(trx, conference.id, inputs.length);
  const now = nowIso();
  const rows = inputs.map((d, i) => ({
    id: newId(),
    conference_id: conference.id,
    number: first + i,
    group_id: d.groupId,
    salutation: d.salutation,
    name: d.name,
    title: d.title,
    unit_id: d.unitId,
    unit_name: printedUnitName(tree, d.unitId, d.unitName),
    email: d.email,
    phone: d.phone,
    note: d.note,
    rsvp_status: 'pending',
    rsvp_at: null,
    rsvp_note: '',
    rsvp_token_hash: null,
    invited_at: null,
    checked_in_at: null,
    checked_in_by: null,
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  await insertDelegateRows(trx, rows);
  return rows.map((r) => r.id);
}

export async function createDelegate(
  db: Kysely<Database>,
  tree: UnitTree,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  input: DelegateInput,
): Promise<string> {
  checkDelegate(access, tree, input);
  const id = await db.transaction().execute(async (trx) => {
    const conference = await ensureConference(trx, access.campaign, tree, actor.username);
    const [created] = await insertDelegates(trx, tree, conference, [input]);
    await recordAudit(trx, actor, {
      action: 'conference.delegate_created',
      entityType: 'conference_delegate',
      entityId: created ?? null,
      after: input,
    });
    return created as string;
  });
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: 'delegates',
    at: nowIso(),
  });
  return id;
}

export async function updateDelegate(
  db: Kysely<Database>,
  tree: UnitTree,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  id: string,
  patch: DelegatePatch,
): Promise<void> {
  checkDelegate(access, tree, patch);
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const conference = await selectConference(trx, access.campaign.id);
    const row = conference ? await selectDelegate(trx, conference.id, id) : undefined;
    if (!row) throw delegateNotFound();
    if (row.version !== patch.version) throw versionConflict('delegate');
    const { version: _v, rsvpStatus, ...fields } = patch;
    const unitId = fields.unitId !== undefined ? fields.unitId : row.unit_id;
    const unitName =
      fields.unitName !== undefined || fields.unitId !== undefined
        ? printedUnitName(tree, unitId, fields.unitName ?? '')
        : row.unit_name;
    const saved = await updateDelegateRow(trx, id, row.version, {
      ...(fields.groupId !== undefined && { group_id: fields.groupId }),
      ...(fields.salutation !== undefined && { salutation: fields.salutation }),
      ...(fields.name !== undefined && { name: fields.name }),
      ...(fields.title !== undefined && { title: fields.title }),
      ...(fields.email !== undefined && { email: fields.email }),
      ...(fields.phone !== undefined && { phone: fields.phone }),
      ...(fields.note !== undefined && { note: fields.note }),
      ...(rsvpStatus !== undefined &&
        rsvpStatus !== row.rsvp_status && { rsvp_status: rsvpStatus, rsvp_at: now }),
      unit_id: unitId,
      unit_name: unitName,
      updated_at: now,
    });
    if (!saved) throw versionConflict('delegate');
    await recordAudit(trx, actor, {
      action: 'conference.delegate_updated',
      entityType: 'conference_delegate',
      entityId: id,
      before: { name: row.name, rsvpStatus: row.rsvp_status },
      after: { ...fields, ...(rsvpStatus !== undefined && { rsvpStatus }) },
    });
  });
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: patch.rsvpStatus !== undefined ? 'attendance' : 'delegates',
    at: now,
  });
}

/** Removes a delegate (their RSVP link stops working); one who has checked in stays on the record. */
export async function deleteDelegate(
  db: Kysely<Database>,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const conference = await selectConference(trx, access.campaign.id);
    const row = conference ? await selectDelegate(trx, conference.id, id) : undefined;
    if (!row) throw delegateNotFound();
    if (row.checked_in_at) {
      throw conflict('delegate_checked_in', { name: row.name });
    }
    await deleteDelegateRow(trx, id);
    await recordAudit(trx, actor, {
      action: 'conference.delegate_deleted',
      entityType: 'conference_delegate',
      entityId: id,
      before: { number: row.number, name: row.name, unitName: row.unit_name, email: row.email },
    });
  });
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: 'delegates',
    at: nowIso(),
  });
}
