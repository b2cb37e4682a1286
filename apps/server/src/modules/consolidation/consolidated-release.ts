/**
 * The consolidated report as a document of the agency (docs/signatures.md, "Consolidated reports"):
 * signed and released once, through the signing protocol, as the plan, the award decision and the
 * invitation are. What this module gives the protocol: the report as it will be issued (no
 * "DỰ THẢO", its number and date blank), the issue of it — its number entered in the issuing body's
 * register and saved with the date on the report, conditional on the version that was signed — and
 * the released signed PDF as the report of record. Once released the report does not change.
 */
import { createHash } from 'node:crypto';
import { vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden, problem, versionConflict } from '../../http/problem.ts';
import type { FileStorage } from '../../kernel/file-store.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now as clockNow } from '../../lib/clock.ts';
import { nowIso } from '../../lib/ids.ts';
import { canManageCampaign, type StoredCampaign } from '../campaigns/index.ts';
import { registerNumber } from '../numbering/index.ts';
import { releasedPdf } from '../signing/index.ts';
import { consolidatedReport } from './consolidate.ts';
import {
  consolidatedDocCode,
  consolidatedDocumentInput,
  renderConsolidatedInput,
} from './consolidated-documents.ts';
import {
  readSigningContent,
  releaseReportRow,
  reportRelease,
  writeSigningContent,
} from './consolidated-store.ts';
import { builtOn, releasedContentOf } from './released-content.ts';

/** The number and date the release gives the report, at the report's version that was signed. */
export interface ConsolidatedIssueRequest {
  version: number;
  docNumber?: string | undefined;
  docDate?: string | undefined;
}

/** Refuses any change to a released report: its signed PDF is the report of record. */
export const consolidatedReleasedProblem = () => conflict('consolidated_released');

/**
 * The report a step is opened on: consolidated at least once, not released. Answers its version and
 * the number and date it holds (none before the release).
 */
export async function consolidatedToSign(db: Kysely<Database>, campaignId: string) {
  const row = await reportRelease(db, campaignId);
  if (!row) throw conflict('signing_not_ready', { case: 'consolidated_empty' });
  if (row.released_at) throw consolidatedReleasedProblem();
  return { version: row.version, docNumber: row.doc_number ?? '', docDate: row.doc_date };
}

/**
 * The report as it will be issued — the stored text and totals, not a draft — its number and date
 * blank. What it is rendered from is kept with the PDF's hash (`signing_content`): the release
 * keeps exactly that, the figures as they were signed.
 */
export async function consolidatedPdfToSign(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
): Promise<Uint8Array> {
  const report = await consolidatedReport(db, tree, campaign, true, false);
  const input = consolidatedDocumentInput(campaign, report, tree, { docNumber: '', docDate: null });
  const pdf = await renderConsolidatedInput(input, 'pdf');
  const signing = {
    pdfSha256: createHash('sha256').update(pdf).digest('hex'),
    pdfBytes: pdf.length,
    content: releasedContentOf(report, input),
  };
  if (!(await writeSigningContent(db, campaign.id, report.version, signing))) {
    throw versionConflict('consolidated');
  }
  return pdf;
}

/**
 * The content a release keeps: what the PDF served to be signed was rendered from. On accepting the
 * release (`signedPdf` given) that PDF must be the one the released PDF is built on — when a later
 * `sign` step was opened than the one signed, the report is signed again. A report whose PDF to sign
 * was served before this content was kept (migration 0022) is taken as it is now.
 */
async function contentToRelease(
  trx: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  issue: { docNumber: string; docDate: string },
  signedPdf: Uint8Array | undefined,
) {
  const signing = await readSigningContent(trx, campaign.id);
  if (signing) {
    if (signedPdf && !builtOn(signedPdf, signing)) {
      throw conflict('signing_not_ready', { case: 'consolidated_changed' });
    }
    return signing.content;
  }
  const report = await consolidatedReport(trx, tree, campaign, true, false);
  return releasedContentOf(report, consolidatedDocumentInput(campaign, report, tree, issue));
}

/**
 * Issues the report in the caller's transaction: its number (digits) entered in the issuing body's
 * register for the date's year — one sequence with plans, decisions and invitations — and saved
 * with the date on the report by a conditional update on the version that was signed (of two
 * parallel releases one wins; the other finds the version moved on), with the report's content as
 * released (`released_content`: what the tab, the Word copy and the workbook read from then on).
 * Whoever opened the release must still run the round.
 */
export async function issueConsolidatedIn(
  trx: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  issue: ConsolidatedIssueRequest,
  /** The released signed PDF, when the release is accepted (absent for the trial issue). */
  signedPdf?: Uint8Array,
): Promise<void> {
  if (!canManageCampaign(actor, campaign)) throw forbidden('consolidation_lead');
  const row = await reportRelease(trx, campaign.id);
  if (!row) throw conflict('signing_not_ready', { case: 'consolidated_empty' });
  if (row.released_at) throw consolidatedReleasedProblem();
  if (row.version !== issue.version) throw versionConflict('consolidated');
  const docNumber = issue.docNumber ?? '';
  if (!/^\d{1,7}$/.test(docNumber)) {
    const errors = [
      {
        field: 'docNumber',
        message: { vi: 'Nhập số báo cáo (chỉ gồm chữ số)', en: 'Enter the report number (digits only)' },
      },
    ];
    throw problem('validation_failed', { errors }, { errors });
  }
  const docDate = issue.docDate ?? vietnamDate(clockNow());
  const summary = campaign.outline.summary || campaign.plan.summary.replace(/\s*\n\s*/g, ' ');
  const reference = `${docNumber}/${consolidatedDocCode(campaign)}`;
  await registerNumber(trx, {
    issuingUnitId: campaign.issuingUnitId,
    docDate,
    docNumber,
    kind: 'consolidated',
    refId: campaign.id,
    reference,
    summary: `Báo cáo ${summary}`,
  });
  // Frozen as released: the text and the totals as the signed PDF prints them.
  const content = await contentToRelease(trx, tree, campaign, { docNumber, docDate }, signedPdf);
  const at = nowIso();
  if (
    !(await releaseReportRow(trx, campaign.id, issue.version, {
      docNumber,
      docDate,
      at,
      by: actor.username,
      content,
    }))
  )
    throw versionConflict('consolidated');
  await recordAudit(trx, actor, {
    action: 'consolidated.released',
    entityType: 'campaign',
    entityId: campaign.id,
    after: { docNumber, docDate, reference },
  });
}

/** The report of record once released: the released signed PDF, byte for byte; undefined before. */
export function releasedConsolidatedPdf(
  db: Kysely<Database>,
  storage: FileStorage,
  campaignId: string,
): Promise<Buffer | undefined> {
  return releasedPdf(db, storage, 'consolidated', campaignId);
}
