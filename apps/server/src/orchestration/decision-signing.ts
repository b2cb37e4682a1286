/**
 * Two-step digital signing of an award decision (Decree 30/2020/NĐ-CP; docs/signatures.md, "The
 * signing protocol"), as the plan's (plan-signing.ts), spanning the commendation module (the draft
 * decision, its PDF, issuing) and the signing module (sessions, one-time links, signatures):
 * - 'sign': the person with authority signs the draft decision as rendered now, without number
 *   and date;
 * - 'release': the records office signs for the agency the signer-signed PDF with the number and
 *   date placed in its blanks; accepting it issues the decision, exactly as POST /decisions/:id/issue
 *   does, in the same transaction that keeps the signed PDF as the decision's document of record.
 * Who may open a step: whoever may issue the decision (the commendation board's reviewers of the
 * round's province).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, problem, versionConflict } from '../http/problem.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import {
  assertDecisionComplete,
  assertReviewer,
  awardTypeNames,
  decisionPdfToSign,
  issueDecisionIn,
  readableDecision,
} from '../modules/commendation/index.ts';
import type { SessionRow } from '../modules/signing/index.ts';
import {
  type DocumentSteps,
  type ReleaseTarget,
  roundReleaseTarget,
  type SessionIssue,
} from './signing-steps.ts';

/** A draft decision's part in opening a step, for whoever may issue it. */
export async function decisionSteps(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  input: SessionIssue,
): Promise<DocumentSteps> {
  const { row, campaign } = await readableDecision(db, tree, actor, id);
  assertReviewer(actor);
  if (row.status !== 'draft') throw conflict('signing_not_ready', { case: 'decision_not_draft' });
  if (row.version !== input.version) throw versionConflict('decision');
  const pdfToSign = async () => {
    // The number and date come at release: everything else must be complete now.
    await assertDecisionComplete(db, row, null, false);
    return decisionPdfToSign(db, tree, campaign, row, await awardTypeNames(db));
  };
  return {
    kind: 'decision',
    documentId: id,
    campaignId: campaign.id,
    version: row.version,
    notSigned: 'decision_not_signed',
    changed: 'decision_changed',
    current: { docNumber: row.doc_number, docDate: row.doc_date },
    pdfToSign,
    issueIn: (trx, issue) => issueDecisionIn(trx, tree, actor, campaign, id, issue),
  };
}

/**
 * What accepting a signed decision needs (see acceptSignedDocument): the round's issuing unit signs;
 * at release the decision is issued, exactly as POST /decisions/:id/issue does, by the person who
 * opened the step — still allowed to issue it — with the session's number and date.
 */
export async function decisionReleaseTarget(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  session: SessionRow,
): Promise<ReleaseTarget> {
  const { campaign } = await readableDecision(db, tree, actor, session.document_id).catch(() => {
    throw problem('signing_link', { case: 'unknown' });
  });
  return roundReleaseTarget(
    db,
    tree,
    session,
    (trx, by, _campaign, issue) => issueDecisionIn(trx, tree, by, campaign, session.document_id, issue),
    campaign,
  );
}
