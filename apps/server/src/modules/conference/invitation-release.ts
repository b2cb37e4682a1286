/**
 * The conference's invitation as one document of the agency (docs/signatures.md, "Invitations"):
 * signed and released once, through the signing protocol, for every delegate. What this module
 * gives the protocol: the invitation as it will be issued (its number and date blank), the issue
 * of it — its number entered in the register, its number and date saved on the conference — and
 * the released signed PDF as the invitation of record.
 */
import { documentReference, vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden, problem, versionConflict } from '../../http/problem.ts';
import type { FileStorage } from '../../kernel/file-store.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now as clockNow } from '../../lib/clock.ts';
import { nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { registerNumber } from '../numbering/index.ts';
import { latestStepSignature, releasedPdf } from '../signing/index.ts';
import { assertOpen, canManageConference } from './conference-access.ts';
import { invitationFile } from './conference-documents.ts';
import { type ConferenceRow, selectConference, updateConferenceRow } from './conference-store.ts';

/** The number and date the release gives the invitation, at the conference's version that was signed. */
export interface InvitationIssue {
  version: number;
  docNumber?: string | undefined;
  docDate?: string | undefined;
}

/** Whom the one invitation of the agency is for: the delegates the plan lists, by its number once it has one. */
export function invitationAudience(campaign: StoredCampaign): string {
  const { plan } = campaign;
  return plan.docNumber
    ? `Các đại biểu theo thành phần tại Kế hoạch số ${documentReference(plan)}`
    : 'Các đại biểu theo danh sách của Ban Tổ chức Hội nghị';
}

/** The conference whose invitation is signed, for one of its organisers, the round still open. */
export async function conferenceToSign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
): Promise<ConferenceRow> {
  if (!canManageConference(actor, campaign, tree)) throw forbidden('conference_standing');
  assertOpen(campaign);
  const conference = await selectConference(db, campaign.id);
  // A conference never saved has no programme of its own yet, nor a date to invite to.
  if (!conference?.date) throw conflict('conference_not_ready');
  return conference;
}

/**
 * The invitation as it will be issued — the agency's one invitation, to the delegates the plan
 * names, without a delegate's check-in code — with its number and date blank.
 */
export async function invitationToSign(
  db: Kysely<Database>,
  campaign: StoredCampaign,
  tree: UnitTree,
  conference: ConferenceRow,
): Promise<Uint8Array> {
  const file = await invitationFile(
    db,
    campaign,
    tree,
    { ...conference, invitation_number: '', invitation_date: null },
    [],
    'pdf',
    invitationAudience(campaign),
  );
  return file.bytes;
}

/** The released invitation has its number, code and date: they may no longer change. */
export async function invitationReleased(db: Kysely<Database>, conferenceId: string): Promise<boolean> {
  return (await latestStepSignature(db, 'invitation', conferenceId, 'release')) !== undefined;
}

/**
 * Whether the invitation was released, and whether the conference was saved since — its release
 * moved the version on by one; a save after it moves it further. Then the organisers may sign and
 * release a new invitation (a new number in the register), which replaces the released one as the
 * invitation of record; until then the released one stays it.
 */
export async function invitationRelease(
  db: Kysely<Database>,
  conference: { id: string; version: number },
): Promise<{ released: boolean; changedSince: boolean }> {
  const release = await latestStepSignature(db, 'invitation', conference.id, 'release');
  if (!release) return { released: false, changedSince: false };
  return { released: true, changedSince: conference.version > release.document_version + 1 };
}

/**
 * Issues the invitation in the caller's transaction: its number (digits, as the conference's form
 * takes it) entered in the issuing body's register for the date's year — one sequence with plans
 * and decisions — and the number and date saved on the conference, conditional on the version that
 * was signed. Whoever opened the release must still be one of the conference's organisers.
 */
export async function issueInvitationIn(
  trx: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  issue: InvitationIssue,
): Promise<void> {
  const conference = await conferenceToSign(trx, tree, actor, campaign);
  if (conference.version !== issue.version) throw versionConflict('conference');
  // A second release of the same version finds the version moved on by the first.
  const docNumber = issue.docNumber ?? '';
  if (!/^\d{1,7}$/.test(docNumber)) {
    const errors = [
      {
        field: 'docNumber',
        message: { vi: 'Nhập số giấy mời (chỉ gồm chữ số)', en: 'Enter the invitation number (digits only)' },
      },
    ];
    throw problem('validation_failed', { errors }, { errors });
  }
  const docDate = issue.docDate ?? conference.invitation_date ?? vietnamDate(clockNow());
  await registerNumber(trx, {
    issuingUnitId: campaign.issuingUnitId,
    docDate,
    docNumber,
    kind: 'invitation',
    refId: conference.id,
    reference: `${docNumber}/${conference.invitation_code}`,
    summary: `Giấy mời dự ${conference.title}`,
  });
  const saved = await updateConferenceRow(trx, conference.id, conference.version, {
    invitation_number: docNumber,
    invitation_date: docDate,
    updated_at: nowIso(),
    updated_by: actor.username,
  });
  if (!saved) throw versionConflict('conference');
}

/** The invitation of record once released: the released signed PDF, byte for byte; undefined before. */
export function releasedInvitationPdf(
  db: Kysely<Database>,
  storage: FileStorage,
  conferenceId: string,
): Promise<Buffer | undefined> {
  return releasedPdf(db, storage, 'invitation', conferenceId);
}
