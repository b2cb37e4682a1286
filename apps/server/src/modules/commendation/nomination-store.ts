import {
  NOMINATION_STATUS_LABELS,
  type Nomination,
  type NominationStatus,
  type NomineeKind,
  personKey,
} from '@tongket/domain';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, NominationFilesTable, NominationsTable } from '../../db/schema.ts';
import { conflict } from '../../http/problem.ts';
import { storedSignatureCheck } from '../../kernel/signature-check.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';

/*
 * Nominations, their dossier files and the quotas' counters are read and written here (award
 * decisions in decision-store.ts); the operations decide, these files store.
 */

export type NominationRow = Selectable<NominationsTable>;

/** Entered by the standing agency for another unit, rather than by the unit itself. */
export function enteredOnBehalf(row: Pick<NominationRow, 'unit_id' | 'entered_by_unit_id'>): boolean {
  return row.entered_by_unit_id !== null && row.entered_by_unit_id !== row.unit_id;
}

/**
 * Moves a nomination on from the state and version it was read in, only if no one has moved it
 * since: one conditional update, so of parallel requests exactly one wins (on SQLite and on
 * PostgreSQL alike) and the others get a 409 naming where it stands now. Run it before any side
 * effect (a quota slot taken or given back, a notice, an audit row), in the same transaction.
 */
export async function claimNomination(
  trx: Kysely<Database>,
  id: string,
  from: { status: string; version: number },
  set: Updateable<NominationsTable>,
): Promise<void> {
  const result = await trx
    .updateTable('nominations')
    .set({ ...set, version: from.version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('version', '=', from.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  const now = await trx.selectFrom('nominations').select('status').where('id', '=', id).executeTakeFirst();
  const label = now ? NOMINATION_STATUS_LABELS[now.status as NominationStatus] : undefined;
  throw conflict('version_conflict', {
    case: 'nomination_handled',
    now: label ? { vi: label.vi.toLowerCase(), en: label.en.toLowerCase() } : { vi: 'đã xóa', en: 'deleted' },
  });
}

export async function selectNomination(db: Kysely<Database>, id: string) {
  return db.selectFrom('nominations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A round's nominations (optionally in one state), oldest first. */
export async function selectCampaignNominations(
  db: Kysely<Database>,
  campaignId: string,
  status: NominationStatus | undefined,
): Promise<NominationRow[]> {
  let query = db.selectFrom('nominations').selectAll().where('campaign_id', '=', campaignId);
  if (status) query = query.where('status', '=', status);
  return query.orderBy('created_at').execute();
}

/** A round's nominations by id; ids of another round are not found. */
export async function selectCampaignNominationsByIds(
  db: Kysely<Database>,
  campaignId: string,
  ids: string[],
): Promise<NominationRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('nominations')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('id', 'in', ids)
    .execute();
}

export async function insertNominationRow(trx: Kysely<Database>, row: Insertable<NominationsTable>) {
  await trx.insertInto('nominations').values(row).execute();
}

/** Saves a draft's fields over the version it was read at; false when someone saved it since. */
export async function updateNominationFields(
  trx: Kysely<Database>,
  id: string,
  version: number,
  set: Updateable<NominationsTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('nominations')
    .set({ ...set, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Deletes a draft as it was read, with its dossier's file records; false when it is no longer that
 * draft (a send that won the race keeps its nomination and, rolled back, its files).
 */
export async function deleteDraftNomination(
  trx: Kysely<Database>,
  id: string,
  version: number,
): Promise<boolean> {
  await trx.deleteFrom('nomination_files').where('nomination_id', '=', id).execute();
  const deleted = await trx
    .deleteFrom('nominations')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}

/** Marks a draft whose send the quota refused; false when it is no longer a draft. */
export async function markQuotaRefused(trx: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const marked = await trx
    .updateTable('nominations')
    .set({ quota_refused_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}

/* ---- quota counters ------------------------------------------------------------------------ */

/**
 * Takes one slot of a quota (for one unit, or the pool's shared key): a conditional update on its
 * counter, so when two units reach for the last slot exactly one gets it. `limit` null takes it
 * over the quota (the standing agency's override). False when no slot was left.
 */
export async function takeQuotaSlot(
  trx: Kysely<Database>,
  quotaRowId: string,
  unitKey: string,
  limit: number | null,
): Promise<boolean> {
  await trx
    .insertInto('quota_usage')
    .values({ quota_row_id: quotaRowId, unit_key: unitKey, used: 0 })
    .onConflict((oc) => oc.columns(['quota_row_id', 'unit_key']).doNothing())
    .execute();
  let take = trx
    .updateTable('quota_usage')
    .set((eb) => ({ used: eb('used', '+', 1) }))
    .where('quota_row_id', '=', quotaRowId)
    .where('unit_key', '=', unitKey);
  if (limit !== null) take = take.where('used', '<', limit);
  const taken = await take.executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** The slots of a quota a unit (or the pool) has used; undefined before the first. */
export async function quotaSlotsUsed(
  db: Kysely<Database>,
  quotaRowId: string,
  unitKey: string,
): Promise<number | undefined> {
  const usage = await db
    .selectFrom('quota_usage')
    .select('used')
    .where('quota_row_id', '=', quotaRowId)
    .where('unit_key', '=', unitKey)
    .executeTakeFirst();
  return usage?.used;
}

/** Gives a nomination's slot back to its quota (rejected, or withdrawn). */
export async function releaseQuota(
  trx: Kysely<Database>,
  row: { quota_row_id: string | null; quota_unit_key: string | null },
) {
  if (!row.quota_row_id || !row.quota_unit_key) return;
  await trx
    .updateTable('quota_usage')
    .set((eb) => ({ used: eb('used', '-', 1) }))
    .where('quota_row_id', '=', row.quota_row_id)
    .where('unit_key', '=', row.quota_unit_key)
    .where('used', '>', 0)
    .execute();
}

/** Every counter of a round's quotas. */
export async function campaignQuotaUsage(db: Kysely<Database>, campaignId: string) {
  return db
    .selectFrom('quota_usage as u')
    .innerJoin('plan_quota_rows as q', 'q.id', 'u.quota_row_id')
    .select(['u.quota_row_id', 'u.unit_key', 'u.used'])
    .where('q.campaign_id', '=', campaignId)
    .execute();
}

/* ---- dossier files ------------------------------------------------------------------------- */

export async function insertNominationFile(trx: Kysely<Database>, row: Insertable<NominationFilesTable>) {
  await trx.insertInto('nomination_files').values(row).execute();
}

/** A dossier file still on its nomination. */
export async function selectNominationFile(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('nomination_files')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Takes a file off its dossier; the record stays for the audit trail. */
export async function markNominationFileDeleted(trx: Kysely<Database>, id: string, at: string) {
  await trx.updateTable('nomination_files').set({ deleted_at: at }).where('id', '=', id).execute();
}

/* ---- nominations in award decisions -------------------------------------------------------- */

/** The nominations a decision holds, by kind and then as entered. */
export async function decisionNominations(db: Kysely<Database>, decisionId: string) {
  return db
    .selectFrom('nominations')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .orderBy('nominee_kind')
    .orderBy('created_at')
    .execute();
}

/** A round's approved nominations that no decision holds yet. */
export async function selectUndecidedNominations(db: Kysely<Database>, campaignId: string) {
  return db
    .selectFrom('nominations')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'approved')
    .where('decision_id', 'is', null)
    .execute();
}

/**
 * Puts nominations in a decision, each only if still approved and in no other decision; answers
 * how many it put there.
 */
export async function assignNominationsToDecision(
  trx: Kysely<Database>,
  decisionId: string,
  ids: string[],
): Promise<number> {
  const result = await trx
    .updateTable('nominations')
    .set({ decision_id: decisionId })
    .where('id', 'in', ids)
    .where('status', '=', 'approved')
    .where((eb) => eb.or([eb('decision_id', 'is', null), eb('decision_id', '=', decisionId)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Empties a draft decision's list of nominations. */
export async function releaseDecisionNominations(trx: Kysely<Database>, decisionId: string) {
  await trx
    .updateTable('nominations')
    .set({ decision_id: null })
    .where('decision_id', '=', decisionId)
    .execute();
}

/** The approved nominations of an issued decision become decided; answers how many did. */
export async function markNominationsDecided(trx: Kysely<Database>, decisionId: string, at: string) {
  const decided = await trx
    .updateTable('nominations')
    .set((eb) => ({ status: 'decided', version: eb('version', '+', 1), updated_at: at }))
    .where('decision_id', '=', decisionId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return Number(decided.numUpdatedRows);
}

/* ---- statistics ---------------------------------------------------------------------------- */

/**
 * Every award conferred — a nomination in an issued decision — with its decision's date and award
 * and its round (for the reader's right to see it); of one round, or of all.
 */
export async function selectConferredAwards(db: Kysely<Database>, campaignId: string | undefined) {
  let query = db
    .selectFrom('nominations as n')
    .innerJoin('decisions as d', 'd.id', 'n.decision_id')
    .innerJoin('campaigns as c', 'c.id', 'n.campaign_id')
    .innerJoin('award_types as t', 't.id', 'd.award_type_id')
    .select([
      'n.unit_id',
      'n.nominee_kind',
      'd.doc_date',
      'd.award_type_id',
      't.name as award_type_name',
      'c.id as campaign_id',
      'c.name as campaign_name',
      'c.issuing_unit_id',
      'c.standing_unit_id',
      'c.status as campaign_status',
      'c.parent_campaign_id',
    ])
    .where('d.status', '=', 'issued');
  if (campaignId) query = query.where('c.id', '=', campaignId);
  return query.execute();
}

/**
 * Nominations as answered: with the award they are for, their dossier files, and the other
 * nominations of the round for the same person (same name and birth year, diacritics and case
 * ignored) — a person put forward by two units is flagged to both and to the reviewers.
 */
export async function nominationViews(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  rows: NominationRow[],
  awardTypeNames: Map<string, string>,
): Promise<Nomination[]> {
  if (rows.length === 0) return [];
  const keys = [...new Set(rows.map((r) => r.person_key))];
  const sameKey = new Map<string, string[]>();
  for (let i = 0; i < keys.length; i += 500) {
    const found = await db
      .selectFrom('nominations')
      .select(['id', 'person_key'])
      .where('campaign_id', '=', campaign.id)
      .where('person_key', 'in', keys.slice(i, i + 500))
      .where('status', '!=', 'rejected')
      .execute();
    for (const f of found) sameKey.set(f.person_key, [...(sameKey.get(f.person_key) ?? []), f.id]);
  }
  const files = new Map<string, Nomination['attachments']>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const found = await db
      .selectFrom('nomination_files')
      .select(['id', 'nomination_id', 'file_name', 'content_type', 'size', 'signature'])
      .where('nomination_id', 'in', ids.slice(i, i + 500))
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .execute();
    for (const f of found) {
      files.set(f.nomination_id, [
        ...(files.get(f.nomination_id) ?? []),
        {
          id: f.id,
          fileName: f.file_name,
          contentType: f.content_type,
          size: f.size,
          signature: storedSignatureCheck(f.signature),
        },
      ]);
    }
  }
  const groups = new Map(campaign.plan.awardGroups.map((g) => [g.id, g]));
  return rows.map((r) => {
    const awardTypeId = groups.get(r.award_group_id)?.awardTypeId ?? null;
    return {
      id: r.id,
      campaignId: r.campaign_id,
      unitId: r.unit_id,
      unitName: tree.byId.get(r.unit_id)?.name ?? '',
      awardGroupId: r.award_group_id,
      awardTypeId,
      awardTypeName: (awardTypeId && awardTypeNames.get(awardTypeId)) || '',
      nomineeKind: r.nominee_kind as NomineeKind,
      name: r.name,
      gender: r.gender as Nomination['gender'],
      birthYear: r.birth_year,
      position: r.position,
      workplace: r.workplace,
      achievement: r.achievement,
      status: r.status as NominationStatus,
      version: r.version,
      quotaRowId: r.quota_row_id,
      overrideReason: r.override_reason,
      quotaRefusedAt: r.quota_refused_at,
      rejectReason: r.reject_reason,
      proposeHigher: r.propose_higher === 1,
      higherAwardTypeId: r.higher_award_type_id,
      decisionId: r.decision_id,
      submittedAt: r.submitted_at,
      enteredBy: r.created_by,
      enteredOnBehalf: enteredOnBehalf(r),
      // A collective has no birth year to tell two apart by; only people are matched.
      duplicateOf:
        r.nominee_kind === 'collective' ? [] : (sameKey.get(r.person_key) ?? []).filter((id) => id !== r.id),
      attachments: files.get(r.id) ?? [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export { personKey };

/* ---- the coordinator's home ---- */

/** Per unit: its nominations in the rounds given that wait in `status` — one grouped query. */
export async function countNominationsByUnit(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  status: NominationStatus,
) {
  if (campaignIds.length === 0) return [];
  return db
    .selectFrom('nominations')
    .select((eb) => ['unit_id', eb.fn.countAll<number | string>().as('n')])
    .where('campaign_id', 'in', campaignIds)
    .where('status', '=', status)
    .groupBy('unit_id')
    .execute();
}

/** The first `limit` nominations in `status` in the rounds given, the longest sent first, without the units given. */
export async function selectWaitingNominations(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  status: NominationStatus,
  options: { limit: number; skipUnits: readonly string[] },
) {
  if (campaignIds.length === 0) return [];
  let query = db
    .selectFrom('nominations')
    .select(['id', 'campaign_id', 'unit_id', 'name', 'submitted_at'])
    .where('campaign_id', 'in', campaignIds)
    .where('status', '=', status);
  if (options.skipUnits.length > 0) query = query.where('unit_id', 'not in', options.skipUnits);
  return query.orderBy('submitted_at', 'asc').orderBy('id').limit(options.limit).execute();
}

/** `unitId`'s draft nominations in issued rounds, counted per round in one query (with quota refusals). */
export async function countUnitDrafts(db: Kysely<Database>, unitId: string) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('campaigns as c', 'c.id', 'n.campaign_id')
    .select((eb) => [
      'n.campaign_id',
      'c.name as campaign_name',
      'c.nomination_deadline',
      eb.fn.countAll<number | string>().as('drafts'),
      eb.fn.count<number | string>('n.quota_refused_at').as('refused'),
    ])
    .where('n.unit_id', '=', unitId)
    .where('n.status', '=', 'draft')
    .where('c.status', '=', 'issued')
    .groupBy(['n.campaign_id', 'c.name', 'c.nomination_deadline'])
    .orderBy('c.nomination_deadline')
    .execute();
}
