/**
 * Opening a step of the signing protocol, the same for every kind of document (docs/signatures.md,
 * "The signing protocol"): the 'sign' step serves the document as it will be issued, without number
 * and date; the 'release' step needs the last 'sign' signature to be on the current version, checks
 * the number and date by issuing the document in a transaction that is then rolled back, and serves
 * the signer-signed PDF with the number and date placed in its blanks. What differs between a plan,
 * a decision and an invitation — who may open a step, what must be complete, how the document is
 * rendered and issued — is the caller's.
 */
import { type ErrorCase, type SigningSession, vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { conflict } from '../http/problem.ts';
import type { FileStorage } from '../kernel/file-store.ts';
import { now as clockNow } from '../lib/clock.ts';
import {
  latestStepSignature,
  openSigningSession,
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
