/**
 * Two-step digital signing of a unit's report (its Báo cáo for an assignment; Decree 30/2020/NĐ-CP,
 * docs/signatures.md "Units' reports"), as the round's own documents are signed, spanning the
 * assignments module (the draft, its report document, the attachment) and the signing module:
 * - 'sign': the head of the unit signs the report as it will be sent — the unit's draft printed as
 *   its report document, without number and date;
 * - 'release': the unit's records office signs for the unit the signer-signed PDF with the number
 *   and date placed in its blanks; accepting it enters the number in the unit's own register and
 *   puts the signed PDF on the draft as the unit's signed report (as if uploaded).
 * Who may open a step: the officers of the assignment's unit, while the report can still be sent
 * (writableAssignment). The expected signer is the unit (any of its names, as an upload's check).
 */
import type { UnitReportSigningStart } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { problem } from '../http/problem.ts';
import { checkPdfSignaturesWith, organisationNames } from '../kernel/signature-check.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { nowMs } from '../lib/clock.ts';
import {
  type AssignmentContext,
  readableAssignment,
  releaseUnitReportIn,
  unitReportPdfToSign,
  unitReportToSign,
} from '../modules/assignments/index.ts';
import { type SessionRow, signedNotation } from '../modules/signing/index.ts';
import { numberRaceProblem } from './issue-campaign.ts';
import type { DocumentSteps, ReleaseTarget, SigningEnv } from './signing-steps.ts';

/** The unit's report's part in opening a step, for the officers of its unit. */
export async function unitReportSteps(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  ctx: AssignmentContext,
  input: UnitReportSigningStart,
): Promise<DocumentSteps> {
  const version = await unitReportToSign(db, ctx, input.version);
  // What is released is what was signed: the release enters the notation printed at the sign step.
  const code =
    input.step === 'release' ? await signedNotation(db, 'unit_report', ctx.assignment.id) : input.code;
  return {
    kind: 'unit_report',
    documentId: ctx.assignment.id,
    campaignId: ctx.assignment.campaign_id,
    version,
    notSigned: 'unit_report_not_signed',
    changed: 'unit_report_changed',
    current: { docNumber: '', docDate: null },
    docCode: code ?? '',
    pdfToSign: () => unitReportPdfToSign(db, tree, ctx, version, input),
    issueIn: async (trx, issue) => {
      await releaseUnitReportIn(trx, actor, ctx, { ...issue, code });
    },
  };
}

/**
 * What accepting a signed unit's report needs (see acceptSignedDocument): the unit signs; at
 * release the report is released by whoever opened the step — still an officer of the unit, the
 * report still to be sent — with the session's number, notation and date, and the signed PDF goes
 * on the draft with its signatures checked as an upload's are.
 */
export async function unitReportReleaseTarget(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  session: SessionRow,
  env: SigningEnv,
): Promise<ReleaseTarget> {
  const ctx = await readableAssignment(db, tree, actor, session.document_id).catch(() => {
    throw problem('signing_link', { case: 'unknown' });
  });
  // The opener no longer an officer of the unit: the link is dead, as for a user deactivated.
  if (!ctx.isOwner) throw problem('signing_link', { case: 'unknown' });
  const organisation = organisationNames(tree, ctx.assignment.unit_id);
  const issue = {
    version: session.document_version,
    docNumber: session.doc_number ?? '',
    docDate: session.doc_date ?? '',
    code: session.doc_code ?? undefined,
  };
  return {
    organisation,
    issueIn: async (trx, by, pdf) => {
      await releaseUnitReportIn(trx, by, ctx, issue, {
        pdf,
        storage: env.storage,
        checkSignature: (bytes) =>
          checkPdfSignaturesWith(env.trustAnchors, bytes, organisation, new Date(nowMs())),
      });
    },
    raceProblem: (error) => numberRaceProblem(error, issue),
  };
}
