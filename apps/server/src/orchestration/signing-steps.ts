/**
 * Opening a step of the signing protocol, the same for every kind of document (docs/signatures.md,
 * "The signing protocol"): the 'sign' step serves the document as it will be issued, without number
 * and date; the 'release' step needs the last 'sign' signature to be on the current version, checks
 * the number and date by issuing the document in a transaction that is then rolled back, and serves
 * the signer-signed PDF with the number and date placed in its blanks. What differs between a plan,
 * a decision, an invitation, a consolidated report and a unit's report — who may open a step, what must be
 * complete, how the document is rendered and issued — is the caller's. Accepting the release's
 * upload issues the document through its `ReleaseTarget` (document-signing.ts).
 */
import type { CertificateInput } from '@tongket/documents';
import { type ErrorCase, type SigningSession, vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, problem } from '../http/problem.ts';
import type { FileStorage } from '../kernel/file-store.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { now as clockNow } from '../lib/clock.ts';
import { readCampaign, type StoredCampaign } from '../modules/campaigns/index.ts';
import {
  latestStepSignature,
  openSigningSession,
  type SessionRow,
  type SignedDocumentKind,
  signedPdfOf,
} from '../modules/signing/index.ts';
import { numberRaceProblem } from './issue-campaign.ts';
import { releaseMarked } from './release-marked.ts';

/** Thrown inside the trial issue of a release request, to roll it back once it has passed. */
class TrialIssuePassed extends Error {}

/** The number and date a release puts on the document. */
export interface ReleaseIssue {
  version: number;
  docNumber: string;
  docDate: string;
}

/** One document's part in opening a step; the caller has checked who may open it and the version. */
export interface DocumentSteps {
  kind: SignedDocumentKind;
  documentId: string;
  /** The round the document belongs to. */
  campaignId: string;
  /** The document's current version: a signature on another one does not count at release. */
  version: number;
  /** The `signing_not_ready` cases when nothing was signed, or the document changed since. */
  notSigned: ErrorCase<'signing_not_ready'>;
  changed: ErrorCase<'signing_not_ready'>;
  /** The number and date the document holds already (used when the request gives none). */
  current: { docNumber: string; docDate: string | null };
  /** The notation printed on the document, kept with the session when the document does not hold it. */
  docCode?: string | undefined;
  /** Checks that the document is complete but for its number and date, and renders it so. */
  pdfToSign: () => Promise<Uint8Array>;
  /** Issues the document in the transaction given — with the number and date of the release. */
  issueIn: (trx: Kysely<Database>, issue: ReleaseIssue) => Promise<void>;
}

/** Opens the step asked for on a document: see the file's comment. */
export async function openDocumentStep(
  db: Kysely<Database>,
  storage: FileStorage,
  actor: Actor,
  doc: DocumentSteps,
  input: {
    step: 'sign' | 'release';
    version: number;
    docNumber?: string | undefined;
    docDate?: string | undefined;
  },
  baseUrl: string,
): Promise<SigningSession> {
  const session = {
    campaignId: doc.campaignId,
    documentKind: doc.kind,
    documentId: doc.documentId,
    documentVersion: doc.version,
    ...(doc.docCode !== undefined && { docCode: doc.docCode }),
  };
  if (input.step === 'sign') {
    const pdf = await doc.pdfToSign();
    return openSigningSession(db, storage, actor, { ...session, step: 'sign', pdf }, baseUrl);
  }
  const signed = await latestStepSignature(db, doc.kind, doc.documentId, 'sign');
  if (!signed) throw conflict('signing_not_ready', { case: doc.notSigned });
  if (signed.document_version !== doc.version) throw conflict('signing_not_ready', { case: doc.changed });
  const docNumber = input.docNumber || doc.current.docNumber;
  const docDate = input.docDate ?? doc.current.docDate ?? vietnamDate(clockNow());
  const issue = { version: input.version, docNumber, docDate };
  // The number and date are checked exactly as issuing checks them: by issuing, then rolling back.
  try {
    await db.transaction().execute(async (trx) => {
      await doc.issueIn(trx, issue);
      throw new TrialIssuePassed();
    });
  } catch (error) {
    if (!(error instanceof TrialIssuePassed)) throw numberRaceProblem(error, issue);
  }
  const pdf = await releaseMarked(await signedPdfOf(db, storage, signed), { docNumber, docDate });
  return openSigningSession(
    db,
    storage,
    actor,
    { ...session, step: 'release', pdf, docNumber, docDate },
    baseUrl,
  );
}

/** The number and date a release session carries, at the version it was opened on. */
export interface SessionIssue {
  version: number;
  docNumber?: string | undefined;
  docDate?: string | undefined;
}

/** Where accepted PDFs are kept and what signatures must chain to, for a kind that keeps more than the signature. */
export interface SigningEnv {
  storage: FileStorage;
  trustAnchors: readonly CertificateInput[];
}

/** What accepting a signed document of one kind needs to know (see acceptSignedDocument). */
export interface ReleaseTarget {
  /** The organisation the signer's certificate must name: the issuing agency (any of its names). */
  organisation: string | readonly string[];
  /** Issues the document, in the transaction that records its release (the signed PDF of record given). */
  issueIn: (trx: Kysely<Database>, actor: Actor, signedPdf: Uint8Array) => Promise<void>;
  /** A failure of the issue as the person reads it (a number taken meanwhile, say). */
  raceProblem: (error: unknown) => unknown;
}

/**
 * The release target of a document of a round, whatever its kind: the round's issuing unit signs
 * (both steps), and at release `issueIn` issues the document — by whoever opened the step, with the
 * session's number and date (and the signed PDF of record, for a kind that checks what it holds).
 * The round is read from the session unless the caller has it (read as the opener may read it).
 */
export async function roundReleaseTarget(
  db: Kysely<Database>,
  tree: UnitTree,
  session: SessionRow,
  issueIn: (
    trx: Kysely<Database>,
    by: Actor,
    campaign: StoredCampaign,
    issue: SessionIssue,
    signedPdf: Uint8Array,
  ) => Promise<void>,
  known?: StoredCampaign,
): Promise<ReleaseTarget> {
  const campaign = known ?? (await readCampaign(db, session.campaign_id));
  const issuer = campaign ? tree.byId.get(campaign.issuingUnitId) : undefined;
  if (!campaign || !issuer) throw problem('signing_link', { case: 'unknown' });
  const issue: SessionIssue = {
    version: session.document_version,
    docNumber: session.doc_number ?? undefined,
    docDate: session.doc_date ?? undefined,
  };
  return {
    organisation: issuer.name,
    issueIn: (trx, by, signedPdf) => issueIn(trx, by, campaign, issue, signedPdf),
    raceProblem: (error) => numberRaceProblem(error, issue),
  };
}
