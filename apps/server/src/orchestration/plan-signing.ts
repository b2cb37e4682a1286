/**
 * Two-step digital signing of a round's plan (Decree 30/2020/NĐ-CP; docs/signatures.md, "The
 * signing protocol"), spanning the campaigns module (the draft, its PDF, issuing) and the signing
 * module (sessions, one-time links, the signatures accepted):
 * - 'sign': the person with authority signs the draft as rendered now, without number and date;
 * - 'release': the records office signs for the agency the signer-signed PDF with the number and
 *   date placed in its header blanks; accepting it issues the round, exactly as POST …/issue does,
 *   in the same transaction that keeps the signed PDF as the document of record.
 */
import type { SigningStart } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, problem } from '../http/problem.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import {
  campaignForChange,
  problemsOf,
  readCampaignFromRow,
  renderPlan,
} from '../modules/campaigns/index.ts';
import type { SessionRow } from '../modules/signing/index.ts';
import { issueCampaignIn } from './issue-campaign.ts';
import { type DocumentSteps, type ReleaseTarget, roundReleaseTarget } from './signing-steps.ts';

/** A draft plan's part in opening a step, for one of the round's managers (as issuing is authorised). */
export async function planSteps(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  input: SigningStart,
): Promise<DocumentSteps> {
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
  return {
    kind: 'plan',
    documentId: id,
    campaignId: id,
    version: row.version,
    notSigned: 'not_signed',
    changed: 'plan_changed',
    current: { docNumber: campaign.plan.docNumber, docDate: campaign.plan.docDate },
    pdfToSign,
    issueIn: (trx, issue) => issueCampaignIn(trx, tree, actor, id, issue),
  };
}

/**
 * What accepting a signed plan needs (see acceptSignedDocument): the round's issuing unit signs;
 * at release the round is issued, exactly as POST …/issue does, with the session's number and date.
 */
export function planReleaseTarget(
  db: Kysely<Database>,
  tree: UnitTree,
  _actor: Actor,
  session: SessionRow,
): Promise<ReleaseTarget> {
  return roundReleaseTarget(db, tree, session, (trx, by, _campaign, issue) =>
    issueCampaignIn(trx, tree, by, session.document_id, issue),
  );
}
