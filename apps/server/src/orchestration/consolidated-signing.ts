/**
 * Two-step digital signing of a round's consolidated report (báo cáo tổng hợp; Decree
 * 30/2020/NĐ-CP, docs/signatures.md "Consolidated reports"), as the plan's, the decision's and the
 * invitation's, spanning the consolidation module (the report, its PDF, its issue) and the signing
 * module:
 * - 'sign': the person with authority signs the report as it will be issued (not a draft), without
 *   number and date;
 * - 'release': the records office signs for the agency the signer-signed PDF with the number and
 *   date placed in its blanks; accepting it enters the number in the issuing body's register and
 *   saves it with the date on the report, in the transaction that keeps the signed PDF as the
 *   report of record (served by consolidated.pdf). From then on the report does not change.
 * Who may open a step: whoever may edit the report (the round's lead agency, consolidatedCampaign).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { versionConflict } from '../http/problem.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import type { StoredCampaign } from '../modules/campaigns/index.ts';
import {
  consolidatedPdfToSign,
  consolidatedToSign,
  issueConsolidatedIn,
} from '../modules/consolidation/index.ts';
import type { SessionRow } from '../modules/signing/index.ts';
import {
  type DocumentSteps,
  type ReleaseTarget,
  roundReleaseTarget,
  type SessionIssue,
} from './signing-steps.ts';

/** The round's consolidated report's part in opening a step, for whoever runs the round. */
export async function consolidatedSteps(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  input: SessionIssue,
): Promise<DocumentSteps> {
  const report = await consolidatedToSign(db, campaign.id);
  if (report.version !== input.version) throw versionConflict('consolidated');
  return {
    kind: 'consolidated',
    documentId: campaign.id,
    campaignId: campaign.id,
    version: report.version,
    notSigned: 'consolidated_not_signed',
    changed: 'consolidated_changed',
    current: { docNumber: report.docNumber, docDate: report.docDate },
    pdfToSign: () => consolidatedPdfToSign(db, tree, campaign),
    issueIn: (trx, issue) => issueConsolidatedIn(trx, tree, actor, campaign, issue),
  };
}

/**
 * What accepting a signed consolidated report needs (see acceptSignedDocument): the round's issuing
 * unit signs; at release the report is issued by whoever opened the step, still running the round,
 * with the session's number and date.
 */
export function consolidatedReleaseTarget(
  db: Kysely<Database>,
  tree: UnitTree,
  _actor: Actor,
  session: SessionRow,
): Promise<ReleaseTarget> {
  return roundReleaseTarget(db, tree, session, (trx, by, campaign, issue, signedPdf) =>
    issueConsolidatedIn(trx, tree, by, campaign, issue, signedPdf),
  );
}
