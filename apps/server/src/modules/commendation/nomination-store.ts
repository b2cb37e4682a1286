import {
  NOMINATION_STATUS_LABELS,
  type Nomination,
  type NominationStatus,
  type NomineeKind,
  personKey,
} from '@tongket/domain';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, NominationsTable } from '../../db/schema.ts';
import { conflict } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';

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
      .select(['id', 'nomination_id', 'file_name', 'content_type', 'size'])
      .where('nomination_id', 'in', ids.slice(i, i + 500))
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .execute();
    for (const f of found) {
      files.set(f.nomination_id, [
        ...(files.get(f.nomination_id) ?? []),
        { id: f.id, fileName: f.file_name, contentType: f.content_type, size: f.size },
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
