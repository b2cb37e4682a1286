import { documentReference, formatDateVn, vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, HttpProblem, problem } from '../http/problem.ts';
import { recordAudit } from '../kernel/record-audit.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { now as clockNow } from '../lib/clock.ts';
import { nowIso } from '../lib/ids.ts';
import { createAssignments } from '../modules/assignments/index.ts';
import {
  assertUnitsInRound,
  bumpVersion,
  campaignForChange,
  planUnitReferences,
  problemsOf,
  readCampaignFromRow,
  recordReceipts,
} from '../modules/campaigns/index.ts';
import { queueNotices } from '../modules/notifications/index.ts';
import { duplicateNumber, registerNumber } from '../modules/numbering/index.ts';
import { issueNotices } from './issue-notices.ts';

export interface IssueInput {
  version: number;
  docNumber?: string | undefined;
  docDate?: string | undefined;
}

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate key/i.test(error instanceof Error ? error.message : String(error));

/**
 * Issues a complete draft in the caller's transaction (see issueCampaign): the signing release step
 * issues the round this way together with storing the signed PDF of record.
 */
export async function issueCampaignIn(
  trx: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  input: IssueInput,
): Promise<void> {
  const row = await campaignForChange(trx, tree, actor, id, input.version, 'plan');
  if (row.status !== 'draft') {
    throw conflict('campaign_issued', { case: 'already' });
  }
  const campaign = await readCampaignFromRow(trx, row);
  // A plan saved before the province check (or written around it) may still name another
  // province's unit: it would become an assignment nobody of this round can see or fulfil.
  assertUnitsInRound(tree, campaign, planUnitReferences(campaign.plan), 'issue');
  const docNumber = input.docNumber || campaign.plan.docNumber;
  const docDate = input.docDate ?? campaign.plan.docDate ?? vietnamDate(clockNow());
  campaign.plan = { ...campaign.plan, docNumber, docDate };

  const problems = problemsOf(campaign, tree, docDate);
  if (problems.length > 0) {
    throw problem('plan_incomplete', { problems }, { problems });
  }

  const numberKey = await registerNumber(trx, {
    issuingUnitId: row.issuing_unit_id,
    docDate,
    docNumber,
    kind: 'plan',
    refId: id,
    reference: documentReference(campaign.plan),
    summary: campaign.plan.summary,
  });
  const issuedAt = nowIso();
  await bumpVersion(trx, row, 'plan', {
    status: 'issued',
    doc_number: docNumber,
    doc_date: docDate,
    number_key: numberKey,
    issued_at: issuedAt,
    issued_by: actor.userId || null,
  });

  const assignments = await createAssignments(trx, id, campaign.plan);
  const notices = issueNotices(campaign, assignments, tree);
  await queueNotices(trx, notices);
  // Every unit the plan went to gets a receipt, to follow whether it opened and acknowledged it.
  await recordReceipts(
    trx,
    id,
    notices.map((n) => n.unitId).filter((u): u is string => Boolean(u)),
    issuedAt,
  );
  await recordAudit(trx, actor, {
    action: 'campaign.issued',
    entityType: 'campaign',
    entityId: id,
    before: { status: 'draft' },
    after: {
      status: 'issued',
      reference: documentReference(campaign.plan),
      docDate: formatDateVn(docDate),
      assignments: assignments.length,
    },
  });
}

/** A unique violation from the number register, as the person reads it. */
export function numberRaceProblem(error: unknown, input: IssueInput): unknown {
  // Two issues racing for one number: the register keeps one; the other hears why.
  if (!(error instanceof HttpProblem) && isUniqueViolation(error)) {
    return duplicateNumber(input.docNumber ?? '', input.docDate?.slice(0, 4) ?? '', null);
  }
  return error;
}

/**
 * Issues a complete draft: freezes its number and date, creates every unit's assignments, and
 * queues the notices — all in one transaction, so a refused or failed issue leaves the draft as it was.
 */
export async function issueCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  input: IssueInput,
): Promise<void> {
  try {
    await db.transaction().execute((trx) => issueCampaignIn(trx, tree, actor, id, input));
  } catch (error) {
    throw numberRaceProblem(error, input);
  }
}
