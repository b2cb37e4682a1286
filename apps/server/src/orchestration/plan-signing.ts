/**
 * Two-step digital signing of a round's plan (Decree 30/2020/NĐ-CP; docs/signatures.md, "The
 * signing protocol"), spanning the campaigns module (the draft, its PDF, issuing) and the signing
 * module (sessions, one-time links, the signatures accepted):
 * - 'sign': the person with authority signs the draft as rendered now, without number and date;
 * - 'release': the records office signs for the agency the signer-signed PDF with the number and
 *   date placed in its header blanks; accepting it issues the round, exactly as POST …/issue does,
 *   in the same transaction that keeps the signed PDF as the document of record.
 */
import {
  type CertificateInput,
  placeReleaseMarks,
  ReleaseMarksError,
  type SignatureCheck,
} from '@tongket/documents';
import { type SigningSession, type SigningStart, vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, problem } from '../http/problem.ts';
import type { FileStorage } from '../kernel/file-store.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { now as clockNow } from '../lib/clock.ts';
import {
  campaignForChange,
  problemsOf,
  readCampaign,
  readCampaignFromRow,
  renderPlan,
} from '../modules/campaigns/index.ts';
import {
  checkSignedUpload,
  latestStepSignature,
  openSigningSession,
  recordSignedUpload,
  type SessionRow,
  servedPdfOf,
  sessionActor,
  sessionForUpload,
  signedPdfOf,
} from '../modules/signing/index.ts';
import { issueCampaignIn, numberRaceProblem } from './issue-campaign.ts';

/** Thrown inside the trial issue of a release request, to roll it back once it has passed. */
class TrialIssuePassed extends Error {}

/** Opens a signing step of a draft plan for one of the round's managers (as issuing is authorised). */
export async function startPlanSigning(
  db: Kysely<Database>,
  storage: FileStorage,
  tree: UnitTree,
  actor: Actor,
  id: string,
  input: SigningStart,
  baseUrl: string,
): Promise<SigningSession> {
  const row = await campaignForChange(db, tree, actor, id, input.version, 'plan');
  if (row.status !== 'draft') throw conflict('signing_not_ready', { case: 'not_draft' });
  const campaign = await readCampaignFromRow(db, row);
  if (input.step === 'sign') {
    // The number and date come at release: everything else must be complete now.
    const problems = problemsOf(campaign, tree, undefined, true);
    if (problems.length > 0) throw problem('plan_incomplete', { problems }, { problems });
    // The text as it will be issued — not marked "DỰ THẢO" — with blanks for the number and date.
    const pdf = await renderPlan(
      { ...campaign, status: 'issued', plan: { ...campaign.plan, docNumber: '', docDate: null } },
      tree,
      'pdf',
    );
    return openSigningSession(
      db,
      storage,
      actor,
      {
        campaignId: id,
        documentKind: 'plan',
        documentId: id,
        step: 'sign',
        documentVersion: row.version,
        pdf,
      },
      baseUrl,
    );
  }
  const signed = await latestStepSignature(db, 'plan', id, 'sign');
  if (!signed) throw conflict('signing_not_ready', { case: 'not_signed' });
  if (signed.document_version !== row.version) throw conflict('signing_not_ready', { case: 'plan_changed' });
  const docNumber = input.docNumber || campaign.plan.docNumber;
  const docDate = input.docDate ?? campaign.plan.docDate ?? vietnamDate(clockNow());
  const issue = { version: input.version, docNumber, docDate };
  // The number and date are checked exactly as issuing checks them: by issuing, then rolling back.
  try {
    await db.transaction().execute(async (trx) => {
      await issueCampaignIn(trx, tree, actor, id, issue);
      throw new TrialIssuePassed();
    });
  } catch (error) {
    if (!(error instanceof TrialIssuePassed)) throw numberRaceProblem(error, issue);
  }
  let pdf: Uint8Array;
  try {
    pdf = await placeReleaseMarks(await signedPdfOf(db, storage, signed), { docNumber, docDate });
  } catch (error) {
    if (!(error instanceof ReleaseMarksError)) throw error;
    if (error.reason === 'year_differs' && error.years)
      throw problem('release_marks', { case: 'year_differs', ...error.years });
    if (error.reason === 'number_blank_missing' || error.reason === 'date_blank_missing')
      throw problem('release_marks', { case: error.reason });
    throw error;
  }
  return openSigningSession(
    db,
    storage,
    actor,
    {
      campaignId: id,
      documentKind: 'plan',
      documentId: id,
      step: 'release',
      documentVersion: row.version,
      pdf,
      docNumber,
      docDate,
    },
    baseUrl,
  );
}

/**
 * Takes the signed PDF of an upload link: checked against what was served (see checkSignedUpload),
 * the signer's organisation being the round's issuing unit. A refusal changes nothing and leaves
 * the link usable until it expires. Accepted: the signature is recorded; at release the round is
 * issued with the session's number and date in the same transaction.
 */
export async function acceptSignedPlan(
  db: Kysely<Database>,
  storage: FileStorage,
  tree: UnitTree,
  token: string,
  /** Reads the uploaded PDF: only once the link is known to take one. */
  readPdf: () => Promise<Uint8Array>,
  trustAnchors: readonly CertificateInput[],
) {
  const session: SessionRow = await sessionForUpload(db, token);
  const pdf = await readPdf();
  const campaign = await readCampaign(db, session.campaign_id);
  const issuer = campaign ? tree.byId.get(campaign.issuingUnitId) : undefined;
  if (!campaign || !issuer) throw problem('signing_link', { case: 'unknown' });
  const check: SignatureCheck = await checkSignedUpload(await servedPdfOf(db, storage, session), pdf, {
    trustAnchors,
    expectedOrganisation: issuer.name,
  });
  const actor = await sessionActor(db, session);
  const issue = {
    version: session.document_version,
    docNumber: session.doc_number ?? undefined,
    docDate: session.doc_date ?? undefined,
  };
  try {
    const signature = await db.transaction().execute(async (trx) => {
      const recorded = await recordSignedUpload(trx, storage, session, actor, pdf, check);
      if (session.step === 'release') await issueCampaignIn(trx, tree, actor, session.document_id, issue);
      return recorded;
    });
    return { step: signature.step, signature, issued: session.step === 'release' };
  } catch (error) {
    throw numberRaceProblem(error, issue);
  }
}
