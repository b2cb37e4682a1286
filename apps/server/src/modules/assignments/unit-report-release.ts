/**
 * A unit's report (its Báo cáo for an assignment) signed and released through the digital signing
 * protocol (docs/signatures.md, "Units' reports"): the assignment's part — what is signed (the
 * unit's draft printed as the report document, without number and date), and the release, which
 * enters the number in the unit's own register and puts the signed PDF on the draft as an
 * attachment, exactly as a signed PDF the unit uploads (same storage, same signature check), so a
 * round that requires signed reports takes it. While it is on the draft the draft's content does
 * not change (writeDraft); taking it off (DELETE /attachments/:id) lets the unit edit, then sign
 * and release again with a new number.
 */
import type { AttachmentRelease, SignatureCheck } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, problem, versionConflict } from '../../http/problem.ts';
import type { FileStorage } from '../../kernel/file-store.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { registerNumber } from '../numbering/index.ts';
import type { AssignmentContext } from './assignment-access.ts';
import { selectAssignment, selectDraft } from './assignment-store.ts';
import { addAttachment, draftRelease } from './attachment-records.ts';
import { renderReportDocument, reportDocumentInput } from './report-document.ts';
import { assertEditable, assertOpen, releasedReportProblem } from './save-draft.ts';

/** What the signer chose to print: the notation and the signature block (as the report document takes them). */
export interface UnitReportPrint {
  code?: string | undefined;
  signerTitle?: string | undefined;
  signerName?: string | undefined;
}

/** The notation printed when the unit gives none (as the report document prints it). */
export const unitReportCode = (code: string | undefined) => code?.trim() || 'BC-';

const notSigned = (which: 'unit_report_empty' | 'unit_report_changed') =>
  conflict('signing_not_ready', { case: which });

/**
 * The unit's report as it may be signed: a report task, not released already, with a saved draft
 * at `version`. Answers the draft's version.
 */
export async function unitReportToSign(
  db: Kysely<Database>,
  ctx: AssignmentContext,
  version: number,
): Promise<number> {
  if (ctx.assignment.kind !== 'report') throw problem('not_a_report_document');
  if (await draftRelease(db, ctx.assignment.id)) throw releasedReportProblem();
  const draft = await selectDraft(db, ctx.assignment.id);
  if (!draft) throw notSigned('unit_report_empty');
  if (draft.version !== version) throw versionConflict('unit_report');
  return draft.version;
}

/**
 * The PDF the head of the unit signs: the report document of the draft at `version`, as it will be
 * sent, its number and day and month blank for the unit's records office.
 */
export async function unitReportPdfToSign(
  db: Kysely<Database>,
  tree: UnitTree,
  ctx: AssignmentContext,
  version: number,
  print: UnitReportPrint,
): Promise<Uint8Array> {
  const input = await reportDocumentInput(db, tree, ctx, {
    code: unitReportCode(print.code),
    signerTitle: print.signerTitle,
    signerName: print.signerName,
  });
  const pdf = await renderReportDocument(input, 'pdf');
  // Saved meanwhile: what was printed may not be the version the session names.
  if ((await selectDraft(db, ctx.assignment.id))?.version !== version) throw versionConflict('unit_report');
  return pdf;
}

/** The number and date a release gives the report, on the draft's version that was signed. */
export interface UnitReportIssue {
  version: number;
  docNumber: string;
  docDate: string;
  code?: string | undefined;
}

/** The released signed PDF, with how to check its signatures as an upload's are checked. */
export interface ReleasedReportPdf {
  pdf: Uint8Array;
  storage: FileStorage;
  checkSignature: (pdf: Uint8Array) => Promise<SignatureCheck>;
}

const fileDate = (iso: string) => iso.split('-').reverse().join('-');

/**
 * Releases the unit's report in the caller's transaction: the round still takes it and it is not
 * waiting for review; the draft is still at the version signed — moved on by one, so of two
 * parallel releases one wins; the number is entered in the unit's register (409 duplicate_number);
 * with the signed PDF (at the upload; not in the trial of opening the step) it goes on the draft
 * as the unit's signed report.
 */
export async function releaseUnitReportIn(
  trx: Kysely<Database>,
  actor: Actor,
  ctx: AssignmentContext,
  issue: UnitReportIssue,
  signed?: ReleasedReportPdf,
): Promise<AttachmentRelease> {
  const id = ctx.assignment.id;
  const row = await selectAssignment(trx, id);
  if (!row) throw conflict('assignment_missing');
  const current = { ...ctx, assignment: row };
  assertOpen(current);
  assertEditable(current);
  if (await draftRelease(trx, id)) throw releasedReportProblem();
  const moved = await trx
    .updateTable('assignment_drafts')
    .set({ version: issue.version + 1 })
    .where('assignment_id', '=', id)
    .where('version', '=', issue.version)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw notSigned('unit_report_changed');
  const release: AttachmentRelease = {
    docNumber: issue.docNumber,
    reference: `${issue.docNumber}/${unitReportCode(issue.code)}`,
    docDate: issue.docDate,
  };
  const campaign = ctx.campaign;
  await registerNumber(trx, {
    issuingUnitId: row.unit_id,
    docDate: issue.docDate,
    docNumber: issue.docNumber,
    kind: 'unit_report',
    refId: id,
    reference: release.reference,
    summary: `Báo cáo ${campaign.outline.summary || campaign.plan.summary}`,
  });
  if (!signed) return release;
  const attachment = await addAttachment(trx, signed.storage, {
    assignmentId: id,
    fileName: `Báo cáo số ${release.reference.replace(/\//g, '-')} ngày ${fileDate(issue.docDate)} (ký số).pdf`,
    data: Buffer.from(signed.pdf),
    actorUsername: actor.username,
    videos: false,
    checkSignature: signed.checkSignature,
    release,
  });
  await recordAudit(trx, actor, {
    action: 'assignment.report_released',
    entityType: 'assignment',
    entityId: id,
    before: { version: issue.version },
    after: {
      version: issue.version + 1,
      ...release,
      attachmentId: attachment.id,
      verdict: attachment.signature?.verdict ?? null,
    },
  });
  return release;
}
