import type { Bilingual } from '@tongket/domain';
import {
  type Decision,
  type decisionInputSchema,
  type decisionPatchSchema,
  documentReference,
  formatDateVn,
  type NomineeKind,
  vietnamDate,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, conflict, forbidden, notFound, problem, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now as clockNow } from '../../lib/clock.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { queueNotices } from '../notifications/index.ts';
import { registerNumber } from '../numbering/index.ts';
import { claimDecision, type DecisionRow, insertDecision, selectDecision } from './decision-store.ts';
import {
  assignNominationsToDecision,
  decisionNominations,
  markNominationsDecided,
  releaseDecisionNominations,
  selectCampaignNominationsByIds,
  selectUndecidedNominations,
} from './nomination-store.ts';

/** Drafting and issuing award decisions: the commendation board's work. */
export function assertReviewer(actor: Actor) {
  if (actor.role !== 'reviewer') {
    throw forbidden('decisions');
  }
}

/** "đã có thành tích xuất sắc trong phòng, chống dịch COVID-19 giai đoạn 1", from the plan's heading. */
export function reasonFromHeading(heading: string): string {
  const m = heading.match(/thành tích\s+(.+)$/i);
  return m
    ? `đã có thành tích ${m[1]?.replace(/[.:;]+$/, '')}`
    : 'đã có thành tích xuất sắc trong công tác phòng, chống dịch';
}

/**
 * Puts approved nominations in a decision, each only if still approved and in no other decision:
 * two decisions drafted at the same moment never share a nominee.
 */
async function assignNominations(trx: Kysely<Database>, decisionId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  if ((await assignNominationsToDecision(trx, decisionId, ids)) !== ids.length) {
    throw conflict('nomination_in_decision', { case: 'changed' });
  }
}

export async function decisionView(
  db: Kysely<Database>,
  row: DecisionRow,
  awardTypeNames: Map<string, string>,
): Promise<Decision> {
  const nominations = await decisionNominations(db, row.id);
  const counts = { collective: 0, individual: 0, exemplar: 0 };
  for (const n of nominations) counts[n.nominee_kind as NomineeKind]++;
  return {
    id: row.id,
    campaignId: row.campaign_id,
    status: row.status as Decision['status'],
    version: row.version,
    docNumber: row.doc_number,
    docCode: row.doc_code,
    docDate: row.doc_date,
    summary: row.summary,
    awardTypeId: row.award_type_id,
    awardTypeName: awardTypeNames.get(row.award_type_id) ?? '',
    reason: row.reason,
    signature: {
      authority: row.signature_authority,
      deputy: row.signature_deputy,
      title: row.signature_title,
      name: row.signature_name,
    },
    nominationIds: nominations.map((n) => n.id),
    counts,
    issuedAt: row.issued_at,
    createdAt: row.created_at,
  };
}

/**
 * The nominations a decision confers the award on: those named, each approved, for this award and
 * in no other decision; by default every approved one for this award that no decision holds yet.
 */
async function pickNominations(
  trx: Kysely<Database>,
  campaign: StoredCampaign,
  awardTypeId: string,
  ids: string[] | undefined,
  decisionId: string,
) {
  const groups = new Set(
    campaign.plan.awardGroups.filter((g) => g.awardTypeId === awardTypeId).map((g) => g.id),
  );
  if (!ids) {
    const rows = await selectUndecidedNominations(trx, campaign.id);
    return rows.filter((r) => groups.has(r.award_group_id));
  }
  const rows = await selectCampaignNominationsByIds(trx, campaign.id, ids);
  if (rows.length !== new Set(ids).size) throw badRequest('nomination_missing');
  for (const r of rows) {
    if (r.status !== 'approved') {
      throw conflict('nomination_not_approved', { case: 'named', name: r.name });
    }
    if (!groups.has(r.award_group_id)) {
      throw conflict('award_mismatch', { name: r.name });
    }
    if (r.decision_id && r.decision_id !== decisionId) {
      throw conflict('nomination_in_decision', { case: 'named', name: r.name });
    }
  }
  return rows;
}

export async function createDecision(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  input: z.output<typeof decisionInputSchema>,
): Promise<string> {
  assertReviewer(actor);
  const group = input.awardTypeId
    ? campaign.plan.awardGroups.find((g) => g.awardTypeId === input.awardTypeId)
    : campaign.plan.awardGroups.find((g) => g.awardTypeId);
  if (!group?.awardTypeId) {
    throw badRequest('award_type_missing', { case: 'plan' }, [
      { field: 'awardTypeId', message: { vi: 'Không có trong kế hoạch', en: 'Not in the plan' } },
    ]);
  }
  const reason = input.reason || reasonFromHeading(group.heading);
  const id = newId();
  const now = nowIso();
  const signature = input.signature ?? {
    authority: '',
    deputy: campaign.plan.signature.deputy,
    title: campaign.plan.signature.title,
    name: campaign.plan.signature.name,
  };
  await db.transaction().execute(async (trx) => {
    const nominations = await pickNominations(
      trx,
      campaign,
      group.awardTypeId as string,
      input.nominationIds,
      id,
    );
    if (nominations.length === 0) {
      throw conflict('nothing_to_decide', { case: 'none_approved' });
    }
    await insertDecision(trx, {
      id,
      campaign_id: campaign.id,
      status: 'draft',
      version: 1,
      doc_number: input.docNumber,
      doc_code: input.docCode,
      doc_date: input.docDate,
      summary:
        input.summary ?? `Về việc khen thưởng các tập thể, cá nhân ${reason.replace(/^đã có /, 'có ')}`,
      award_type_id: group.awardTypeId as string,
      reason,
      signature_authority: signature.authority,
      signature_deputy: signature.deputy,
      signature_title: signature.title,
      signature_name: signature.name,
      created_by: actor.username,
      created_at: now,
      updated_at: now,
      issued_at: null,
      issued_by: null,
    });
    await assignNominations(
      trx,
      id,
      nominations.map((n) => n.id),
    );
    await recordAudit(trx, actor, {
      action: 'decision.created',
      entityType: 'decision',
      entityId: id,
      after: { campaignId: campaign.id, nominations: nominations.length, awardTypeId: group.awardTypeId },
    });
  });
  return id;
}

export async function updateDecision(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
  patch: z.output<typeof decisionPatchSchema>,
): Promise<void> {
  assertReviewer(actor);
  await db.transaction().execute(async (trx) => {
    const row = await selectDecision(trx, id);
    if (!row || row.campaign_id !== campaign.id) throw notFound('decision');
    if (row.version !== patch.version) throw versionConflict('decision');
    if (row.status !== 'draft') throw conflict('decision_issued', { case: 'no_edit' });
    // The decision first: of parallel edits made on one version exactly one gets past this line.
    await claimDecision(trx, id, row.version, {
      ...(patch.docNumber !== undefined && { doc_number: patch.docNumber }),
      ...(patch.docDate !== undefined && { doc_date: patch.docDate }),
      ...(patch.summary !== undefined && { summary: patch.summary }),
      ...(patch.reason !== undefined && { reason: patch.reason }),
      ...(patch.signature && {
        signature_authority: patch.signature.authority,
        signature_deputy: patch.signature.deputy,
        signature_title: patch.signature.title,
        signature_name: patch.signature.name,
      }),
    });
    if (patch.nominationIds) {
      const picked = await pickNominations(trx, campaign, row.award_type_id, patch.nominationIds, id);
      if (picked.length === 0) throw conflict('nothing_to_decide', { case: 'empty' });
      await releaseDecisionNominations(trx, id);
      await assignNominations(
        trx,
        id,
        picked.map((n) => n.id),
      );
    }
    await recordAudit(trx, actor, {
      action: 'decision.updated',
      entityType: 'decision',
      entityId: id,
      after: patch,
    });
  });
}

/**
 * What a draft decision lacks to be issued: its number (unless `withNumber` is false — the signing
 * step comes before the number), the signer's position and name; and every nomination it holds
 * must still be approved. Throws the problem issuing answers; answers the nominations.
 */
export async function assertDecisionComplete(
  trx: Kysely<Database>,
  row: DecisionRow,
  docNumber: string | null,
  withNumber = true,
) {
  const missing: Bilingual[] = [];
  if (withNumber && !docNumber) missing.push({ vi: 'số quyết định', en: 'the decision number' });
  if (!row.signature_title || !row.signature_name)
    missing.push({ vi: 'chức vụ và họ tên người ký', en: "the signer's position and full name" });
  if (missing.length > 0) {
    throw problem('decision_incomplete', { missing }, { problems: missing });
  }
  const nominations = await decisionNominations(trx, row.id);
  const notApproved = nominations.filter((n) => n.status !== 'approved');
  if (nominations.length === 0 || notApproved.length > 0) {
    throw conflict('nomination_not_approved', { case: 'in_decision' });
  }
  return nominations;
}

export interface DecisionIssueInput {
  version: number;
  docNumber?: string | undefined;
  docDate?: string | undefined;
  at?: string;
}

/**
 * Issues a draft decision once: a number from the register, its date, the signer; its nominations
 * become decided and their units are told. A second issue is refused.
 */
export async function issueDecision(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
  input: DecisionIssueInput,
): Promise<void> {
  await db.transaction().execute((trx) => issueDecisionIn(trx, tree, actor, campaign, id, input));
}

/**
 * Issues a draft decision in the caller's transaction (see issueDecision): the signing release
 * step issues it this way together with storing the signed PDF of record.
 */
export async function issueDecisionIn(
  trx: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
  input: DecisionIssueInput,
): Promise<void> {
  assertReviewer(actor);
  const row = await selectDecision(trx, id);
  if (!row || row.campaign_id !== campaign.id) throw notFound('decision');
  if (row.status !== 'draft') throw conflict('decision_issued', { case: 'issued' });
  if (row.version !== input.version) throw versionConflict('decision');
  const docNumber = input.docNumber || row.doc_number;
  const docDate = input.docDate ?? row.doc_date ?? vietnamDate(input.at ?? clockNow());
  const nominations = await assertDecisionComplete(trx, row, docNumber);
  const reference = documentReference({ docNumber, docCode: row.doc_code });
  const now = input.at ?? nowIso();
  // The decision first: of parallel issues exactly one gets past this line, so one number is
  // taken, its nominations are decided once and one audit row is written.
  await claimDecision(trx, id, row.version, {
    status: 'issued',
    doc_number: docNumber,
    doc_date: docDate,
    issued_at: now,
    issued_by: actor.username,
  });
  await registerNumber(trx, {
    issuingUnitId: campaign.issuingUnitId,
    docDate,
    docNumber,
    kind: 'decision',
    refId: id,
    reference,
    summary: row.summary,
  });
  if ((await markNominationsDecided(trx, id, now)) !== nominations.length) {
    throw conflict('nomination_not_approved', { case: 'changed' });
  }
  const byUnit = new Map<string, string[]>();
  for (const n of nominations) byUnit.set(n.unit_id, [...(byUnit.get(n.unit_id) ?? []), n.name]);
  await queueNotices(
    trx,
    [...byUnit].map(([unitId, names]) => {
      const unit = tree.byId.get(unitId);
      return {
        kind: 'decision_issued',
        dedupeKey: `decision_issued:${id}:${unitId}`,
        campaignId: campaign.id,
        unitId,
        toAddress: unit?.email ?? null,
        subject: `Quyết định số ${reference} ngày ${formatDateVn(docDate)}: ${row.summary}`,
        body: [
          `Quyết định số ${reference} ngày ${formatDateVn(docDate)} khen thưởng ${names.length} tập thể, cá nhân của ${unit?.name ?? 'đơn vị'}:`,
          ...names.map((name) => `- ${name}`),
        ].join('\n'),
        link: `/campaigns/${campaign.id}/decisions/${id}`,
      };
    }),
  );
  await recordAudit(trx, actor, {
    action: 'decision.issued',
    entityType: 'decision',
    entityId: id,
    before: { status: 'draft' },
    after: { status: 'issued', reference, docDate, nominations: nominations.length },
  });
}
