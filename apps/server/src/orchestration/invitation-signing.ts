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
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, versionConflict } from '../http/problem.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import type { StoredCampaign } from '../modules/campaigns/index.ts';
import {
  conferenceToSign,
  invitationRelease,
  invitationToSign,
  issueInvitationIn,
} from '../modules/conference/index.ts';
import type { SessionRow } from '../modules/signing/index.ts';
import {
  type DocumentSteps,
  type ReleaseTarget,
  roundReleaseTarget,
  type SessionIssue,
} from './signing-steps.ts';

/** The round's invitation's part in opening a step, for one of the conference's organisers. */
export async function invitationSteps(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  input: SessionIssue,
): Promise<DocumentSteps> {
  const conference = await conferenceToSign(db, tree, actor, campaign);
  if (conference.version !== input.version) throw versionConflict('conference');
  // Released: signed again only once the conference has changed since, to release a new invitation
  // (with a new number) that replaces it.
  const release = await invitationRelease(db, conference);
  if (release.released && !release.changedSince)
    throw conflict('signing_not_ready', { case: 'invitation_released' });
  return {
    kind: 'invitation',
    documentId: conference.id,
    campaignId: campaign.id,
    version: conference.version,
    notSigned: 'invitation_not_signed',
    changed: 'invitation_changed',
    // A new invitation takes a new number and date: the released one's stay in the register.
    current: release.released
      ? { docNumber: '', docDate: null }
      : { docNumber: conference.invitation_number, docDate: conference.invitation_date },
    pdfToSign: () => invitationToSign(db, campaign, tree, conference),
    issueIn: (trx, issue) => issueInvitationIn(trx, tree, actor, campaign, issue),
  };
}

/**
 * What accepting a signed invitation needs (see acceptSignedDocument): the round's issuing unit —
 * the inviting agency — signs; at release the invitation is issued by the organiser who opened the
 * step, still allowed to, with the session's number and date.
 */
export function invitationReleaseTarget(
  db: Kysely<Database>,
  tree: UnitTree,
  _actor: Actor,
  session: SessionRow,
): Promise<ReleaseTarget> {
  return roundReleaseTarget(db, tree, session, (trx, by, campaign, issue) =>
    issueInvitationIn(trx, tree, by, campaign, issue),
  );
}
