/**
 * Two-step digital signing of a round's plan (Decree 30/2020/NĐ-CP; docs/signatures.md, "The
 * signing protocol"), spanning the campaigns module (the draft, its PDF, issuing) and the signing
 * module (sessions, one-time links, the signatures accepted):
 * - 'sign': the person with authority signs the draft as rendered now, without number and date;
 * - 'release': the records office signs for the agency the signer-signed PDF with the number and
 *   date placed in its header blanks; accepting it issues the round, exactly as POST …/issue does,
 *   in the same transaction that keeps the signed PDF as the document of record.
 */
import type { SigningSession, SigningStart } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, problem } from '../http/problem.ts';
import type { FileStorage } from '../kernel/file-store.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import {
  campaignForChange,
  problemsOf,
  readCampaign,
  readCampaignFromRow,
  renderPlan,
} from '../modules/campaigns/index.ts';
import type { SessionRow } from '../modules/signing/index.ts';
import type { ReleaseTarget } from './document-signing.ts';
import { issueCampaignIn, numberRaceProblem } from './issue-campaign.ts';
import { openDocumentStep } from './signing-steps.ts';

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
  const pdfToSign = async () => {
    // The number and date come at release: everything else must be complete now.
    const problems = problemsOf(campaign, tree, undefined, true);
    if (problems.length > 0) throw problem('plan_incomplete', { problems }, { problems });
    // The text as it will be issued — not marked "DỰ THẢO" — with blanks for the number and date.
    return renderPlan(
      { ...campaign, status: 'issued', plan: { ...campaign.plan, docNumber: '', docDate: null } },
      tree,
      'pdf',
    );
  };
  return openDocumentStep(
    db,
    storage,
    actor,
    {
      kind: 'plan',
      documentId: id,
      campaignId: id,
      version: row.version,
      notSigned: 'not_signed',
      changed: 'plan_changed',
      current: { docNumber: campaign.plan.docNumber, docDate: campaign.plan.docDate },
      pdfToSign,
      issueIn: (trx, issue) => issueCampaignIn(trx, tree, actor, id, issue),
    },
    input,
    baseUrl,
  );
}

/**
 * What accepting a signed plan needs (see acceptSignedDocument): the round's issuing unit signs;
 * at release the round is issued, exactly as POST …/issue does, with the session's number and date.
 */
export async function planReleaseTarget(
  db: Kysely<Database>,
  tree: UnitTree,
  session: SessionRow,
): Promise<ReleaseTarget> {
  const campaign = await readCampaign(db, session.campaign_id);
  const issuer = campaign ? tree.byId.get(campaign.issuingUnitId) : undefined;
  if (!campaign || !issuer) throw problem('signing_link', { case: 'unknown' });
  const issue = {
    version: session.document_version,
    docNumber: session.doc_number ?? undefined,
    docDate: session.doc_date ?? undefined,
  };
  return {
    organisation: issuer.name,
    issueIn: (trx, actor) => issueCampaignIn(trx, tree, actor, session.document_id, issue),
    raceProblem: (error) => numberRaceProblem(error, issue),
  };
}
