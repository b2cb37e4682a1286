import {
  canNominateForUnits as mayNominateForUnits,
  canWriteNomination as mayWriteNomination,
  type nominationInputSchema,
  type nominationPatchSchema,
  personKey,
  textIn,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, conflict, forbidden, notFound, problem, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { canManageCampaign } from '../campaigns/index.ts';
import { nominationErrors } from './nomination-rules.ts';
import {
  deleteDraftNomination,
  enteredOnBehalf,
  insertNominationRow,
  type NominationRow,
  selectNomination,
  updateNominationFields,
} from './nomination-store.ts';

/** Only units' staff (and the standing agency) write nominations, and only while the round is open. */
export function assertCanNominate(actor: Actor, campaign: StoredCampaign) {
  if (actor.role !== 'unit' && actor.role !== 'coordinator') {
    throw forbidden('own_unit_nominations');
  }
  if (campaign.status !== 'issued') {
    throw conflict('campaign_not_open', { case: campaign.status === 'closed' ? 'closed' : 'not_issued' });
  }
  if (campaign.plan.awardGroups.length === 0) {
    throw conflict('no_awards');
  }
}

/** The round's standing agency enters nominations on behalf of the round's units (the domain's rule). */
export function canNominateForUnits(actor: Actor, campaign: StoredCampaign): boolean {
  return mayNominateForUnits(actor, { manages: canManageCampaign(actor, campaign) });
}

/**
 * The unit a new nomination is for: the caller's own, unless the round's standing agency enters it
 * on behalf of another unit of the round. A unit officer never names another unit.
 */
export function nominatingUnit(
  tree: UnitTree | null,
  actor: Actor,
  campaign: StoredCampaign,
  requested: string | undefined,
): string {
  if (requested === undefined || requested === actor.unitId) return actor.unitId;
  if (!canNominateForUnits(actor, campaign)) {
    throw forbidden('nomination_unit', {
      errors: [
        {
          field: 'unitId',
          message: { vi: 'Chỉ được chọn đơn vị của mình', en: 'Only your own unit can be chosen' },
        },
      ],
    });
  }
  const unit = tree?.byId.get(requested);
  if (!tree || !unit?.active || !tree.isWithin(campaign.issuingUnitId, requested)) {
    throw badRequest('unit_not_in_round', undefined, [
      { field: 'unitId', message: { vi: 'Không thuộc đợt này', en: 'Not part of this round' } },
    ]);
  }
  return requested;
}

/** Who writes a draft: the domain's rule, for a stored nomination of a stored round. */
export function canWriteNomination(
  actor: Actor,
  campaign: StoredCampaign,
  row: Pick<NominationRow, 'unit_id' | 'entered_by_unit_id'>,
): boolean {
  return mayWriteNomination(
    actor,
    { manages: canManageCampaign(actor, campaign) },
    { unitId: row.unit_id, enteredOnBehalf: enteredOnBehalf(row) },
  );
}

function checkGroup(campaign: StoredCampaign, awardGroupId: string) {
  if (!campaign.plan.awardGroups.some((g) => g.id === awardGroupId)) {
    throw badRequest('award_group_missing', undefined, [
      { field: 'awardGroupId', message: { vi: 'Không có trong kế hoạch', en: 'Not in the plan' } },
    ]);
  }
}

function refuse(errors: ReturnType<typeof nominationErrors>) {
  if (errors.length > 0) {
    throw problem(
      'nomination_invalid',
      { case: 'saving', messages: errors.map((e) => e.message) },
      { errors },
    );
  }
}

/** A new draft: for the caller's unit, or (the standing agency) for the unit it names. */
export async function createNomination(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  input: z.output<typeof nominationInputSchema>,
  tree: UnitTree | null = null,
): Promise<string> {
  assertCanNominate(actor, campaign);
  const unitId = nominatingUnit(tree, actor, campaign, input.unitId);
  return db.transaction().execute((trx) => insertNomination(trx, actor, campaign, { ...input, unitId }));
}

/** A new draft nomination for a unit already checked by `nominatingUnit`, in the caller's transaction. */
export async function insertNomination(
  trx: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  input: z.output<typeof nominationInputSchema> & { unitId: string },
): Promise<string> {
  checkGroup(campaign, input.awardGroupId);
  // Drafts may be incomplete; only the ranges are checked now, the rest when it is sent.
  refuse(
    nominationErrors(input).filter(
      (e) => e.field === 'birthYear' && textIn(e.message, 'vi').startsWith('Năm sinh phải'),
    ),
  );
  const id = newId();
  const now = nowIso();
  await insertNominationRow(trx, {
    id,
    campaign_id: campaign.id,
    unit_id: input.unitId,
    award_group_id: input.awardGroupId,
    nominee_kind: input.nomineeKind,
    name: input.name,
    gender: input.gender,
    birth_year: input.birthYear,
    position: input.position,
    workplace: input.workplace,
    achievement: input.achievement,
    person_key: personKey(input.name, input.birthYear),
    status: 'draft',
    version: 1,
    quota_row_id: null,
    quota_unit_key: null,
    override_reason: null,
    reject_reason: null,
    propose_higher: 0,
    higher_award_type_id: null,
    decision_id: null,
    submitted_at: null,
    forwarded_at: null,
    reviewed_at: null,
    reviewed_by: null,
    created_by: actor.username,
    entered_by_unit_id: actor.unitId,
    created_at: now,
    updated_at: now,
  });
  const onBehalf = input.unitId !== actor.unitId;
  await recordAudit(trx, actor, {
    action: onBehalf ? 'nomination.created_on_behalf' : 'nomination.created',
    entityType: 'nomination',
    entityId: id,
    after: { ...input, enteredBy: actor.username, enteredByUnitId: actor.unitId, onBehalf },
  });
  return id;
}

export async function updateNomination(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
  patch: z.output<typeof nominationPatchSchema>,
): Promise<void> {
  assertCanNominate(actor, campaign);
  if (patch.awardGroupId !== undefined) checkGroup(campaign, patch.awardGroupId);
  await db.transaction().execute(async (trx) => {
    const row = await selectNomination(trx, id);
    if (!row || row.campaign_id !== campaign.id) throw notFound('nomination');
    if (!canWriteNomination(actor, campaign, row)) throw forbidden('other_unit_nomination');
    if (row.version !== patch.version) throw versionConflict('nomination');
    if (row.status !== 'draft') {
      throw conflict('nomination_sent', { case: 'no_edit' });
    }
    const { version: _v, ...fields } = patch;
    const next = {
      award_group_id: fields.awardGroupId ?? row.award_group_id,
      nominee_kind: fields.nomineeKind ?? row.nominee_kind,
      name: fields.name ?? row.name,
      gender: fields.gender !== undefined ? fields.gender : row.gender,
      birth_year: fields.birthYear !== undefined ? fields.birthYear : row.birth_year,
      position: fields.position ?? row.position,
      workplace: fields.workplace ?? row.workplace,
      achievement: fields.achievement ?? row.achievement,
    };
    refuse(
      nominationErrors({
        nomineeKind: next.nominee_kind as 'collective',
        name: next.name,
        gender: next.gender as 'male' | null,
        birthYear: next.birth_year,
        position: next.position,
      }).filter((e) => e.field === 'birthYear' && textIn(e.message, 'vi').startsWith('Năm sinh phải')),
    );
    const saved = await updateNominationFields(trx, id, row.version, {
      ...next,
      person_key: personKey(next.name, next.birth_year),
    });
    if (!saved) throw versionConflict('nomination');
    await recordAudit(trx, actor, {
      action: 'nomination.updated',
      entityType: 'nomination',
      entityId: id,
      after: fields,
    });
  });
}

export async function deleteNomination(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
) {
  assertCanNominate(actor, campaign);
  await db.transaction().execute(async (trx) => {
    const row = await selectNomination(trx, id);
    if (!row || row.campaign_id !== campaign.id) throw notFound('nomination');
    if (!canWriteNomination(actor, campaign, row)) throw forbidden('other_unit_nomination');
    if (row.status !== 'draft') throw conflict('nomination_sent', { case: 'no_delete' });
    // Only the draft as read: a send that won the race keeps its nomination (and, rolled back, its files).
    if (!(await deleteDraftNomination(trx, id, row.version))) throw versionConflict('nomination');
    await recordAudit(trx, actor, {
      action: 'nomination.deleted',
      entityType: 'nomination',
      entityId: id,
      before: row,
    });
  });
}
