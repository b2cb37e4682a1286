/**
 * Two-step digital signing of the conference's invitation (giấy mời; Decree 30/2020/NĐ-CP,
 * docs/signatures.md "Invitations"), as the plan's and the decision's, spanning the conference
 * module (the conference, its invitation, its issue) and the signing module:
 * - 'sign': the person with authority signs the agency's one invitation — to the delegates the plan
 *   names — as it will be issued, without number and date;
 * - 'release': the records office signs for the inviting agency the signer-signed PDF with the
 *   number and date placed in its blanks; accepting it enters the number in the register and saves
 *   it with the date on the conference, in the transaction that keeps the signed PDF as the
 *   invitation of record (served by invitation.pdf and offered on every delegate's link).
 * Who may open a step: whoever may send the invitations (the conference's organisers).
 */
import type { SigningSession } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, problem, versionConflict } from '../http/problem.ts';
import type { FileStorage } from '../kernel/file-store.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { readCampaign, type StoredCampaign } from '../modules/campaigns/index.ts';
import { conferenceToSign, invitationToSign, issueInvitationIn } from '../modules/conference/index.ts';
import { latestStepSignature, type SessionRow } from '../modules/signing/index.ts';
import type { ReleaseTarget } from './document-signing.ts';
import { numberRaceProblem } from './issue-campaign.ts';
import { openDocumentStep } from './signing-steps.ts';

export interface InvitationSigningStart {
  step: 'sign' | 'release';
  version: number;
  docNumber?: string | undefined;
  docDate?: string | undefined;
}

/** Opens a signing step of the round's invitation for one of the conference's organisers. */
export async function startInvitationSigning(
  db: Kysely<Database>,
  storage: FileStorage,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  input: InvitationSigningStart,
  baseUrl: string,
): Promise<SigningSession> {
  const conference = await conferenceToSign(db, tree, actor, campaign);
  if (conference.version !== input.version) throw versionConflict('conference');
  if (await latestStepSignature(db, 'invitation', conference.id, 'release'))
    throw conflict('signing_not_ready', { case: 'invitation_released' });
  return openDocumentStep(
    db,
    storage,
    actor,
    {
      kind: 'invitation',
      documentId: conference.id,
      campaignId: campaign.id,
      version: conference.version,
      notSigned: 'invitation_not_signed',
      changed: 'invitation_changed',
      current: { docNumber: conference.invitation_number, docDate: conference.invitation_date },
      pdfToSign: () => invitationToSign(db, campaign, tree, conference),
      issueIn: (trx, issue) => issueInvitationIn(trx, tree, actor, campaign, issue),
    },
    input,
    baseUrl,
  );
}

/**
 * What accepting a signed invitation needs (see acceptSignedDocument): the round's issuing unit —
 * the inviting agency — signs; at release the invitation is issued by the organiser who opened the
 * step, still allowed to, with the session's number and date.
 */
export async function invitationReleaseTarget(
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
    issueIn: (trx, by) => issueInvitationIn(trx, tree, by, campaign, issue),
    raceProblem: (error) => numberRaceProblem(error, issue),
  };
}
