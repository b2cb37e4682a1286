/**
 * The upload step of the signing protocol for every kind of document (docs/signatures.md, "The
 * signing protocol"): the signed PDF is checked against what the link served, the expected signer
 * being the document's issuing agency; accepted, the signature is recorded and, at release, the
 * document is issued in the same transaction — a plan as POST /campaigns/:id/issue does it, an award
 * decision as POST /decisions/:id/issue does, an invitation and a consolidated report by entering
 * its number in the register and saving it on the conference or the report, a unit's report by
 * entering its number in the unit's register and attaching the signed PDF to its draft. A refusal changes
 * nothing and leaves the link usable until it expires.
 */
import type { CertificateInput } from '@tongket/documents';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { problem } from '../http/problem.ts';
import type { FileStorage } from '../kernel/file-store.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import {
  checkSignedUpload,
  recordSignedUpload,
  type SessionRow,
  type SignedDocumentKind,
  servedPdfOf,
  sessionActor,
  sessionForUpload,
} from '../modules/signing/index.ts';
import { consolidatedReleaseTarget } from './consolidated-signing.ts';
import { decisionReleaseTarget } from './decision-signing.ts';
import { invitationReleaseTarget } from './invitation-signing.ts';
import { planReleaseTarget } from './plan-signing.ts';
import type { ReleaseTarget, SigningEnv } from './signing-steps.ts';
import { unitReportReleaseTarget } from './unit-report-signing.ts';

/** Each kind's release target (what accepting its signed PDF needs), by the session's kind. */
const RELEASE_TARGETS: Record<
  SignedDocumentKind,
  (
    db: Kysely<Database>,
    tree: UnitTree,
    actor: Actor,
    session: SessionRow,
    env: SigningEnv,
  ) => Promise<ReleaseTarget>
> = {
  plan: planReleaseTarget,
  decision: decisionReleaseTarget,
  invitation: invitationReleaseTarget,
  consolidated: consolidatedReleaseTarget,
  unit_report: unitReportReleaseTarget,
};

/** The release target of a session's document, by its kind. */
function releaseTargetOf(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  session: SessionRow,
  env: SigningEnv,
): Promise<ReleaseTarget> {
  const target = RELEASE_TARGETS[session.document_kind as SignedDocumentKind];
  if (!target) throw problem('signing_link', { case: 'unknown' });
  return target(db, tree, actor, session, env);
}

/** Takes the signed PDF of an upload link, whatever document it is for. */
export async function acceptSignedDocument(
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
  const actor = await sessionActor(db, session);
  const target = await releaseTargetOf(db, tree, actor, session, { storage, trustAnchors });
  const check = await checkSignedUpload(await servedPdfOf(db, storage, session), pdf, {
    trustAnchors,
    expectedOrganisation: target.organisation,
  });
  try {
    const signature = await db.transaction().execute(async (trx) => {
      const recorded = await recordSignedUpload(trx, storage, session, actor, pdf, check);
      if (session.step === 'release') await target.issueIn(trx, actor, pdf);
      return recorded;
    });
    return { step: signature.step, signature, issued: session.step === 'release' };
  } catch (error) {
    throw target.raceProblem(error);
  }
}
