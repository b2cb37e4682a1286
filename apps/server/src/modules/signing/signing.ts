/**
 * The signing protocol (docs/signatures.md, "The signing protocol"): a step opens a session with
 * two one-time links — fetch the PDF to sign, post the signed PDF back — that a signing program on
 * the signer's computer follows. The server never holds a key; it checks what comes back: the very
 * bytes it served, followed by exactly one new signature, every signature valid, by the expected
 * organisation, chaining to the installation's trust anchors.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CertificateInput, SignatureCheck } from '@tongket/documents';
import {
  type DocumentSignature,
  SIGNING_SESSION_MINUTES,
  type SigningSession,
  type SigningStep,
  signingLaunchUrl,
  SIGNATURE_VERDICT_LABELS as VERDICT_LABELS,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { problem } from '../../http/problem.ts';
import { type FileStorage, readAttachmentBytes, storeCheckedFile } from '../../kernel/file-store.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowMs } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { changesAfterRevision, verifyPdfSignatures } from '../../lib/renderers.ts';
import {
  claimCompletion,
  claimFetch,
  insertSession,
  insertSignature,
  latestSignature,
  type SessionRow,
  type SignatureRow,
  sessionByFetchHash,
  sessionByUploadHash,
  sessionCreator,
  signaturesOfDocument,
} from './signing-store.ts';

export type { SessionRow, SignatureRow };

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** 256 random bits for a link; only the SHA-256 is stored, and a token is looked up by its hash. */
function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

const isToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

const gone = (why: 'unknown' | 'fetched' | 'expired' | 'completed' | 'not_fetched') =>
  problem('signing_link', { case: why });

/**
 * The documents signed through the protocol, each named by kind and id (a plan: its round's id; an
 * invitation: its conference's id; a consolidated report: its round's id; a unit's report: its
 * assignment's id).
 */
export type SignedDocumentKind = 'plan' | 'decision' | 'invitation' | 'consolidated' | 'unit_report';

/**
 * What the audit log calls a signed document: a plan and a consolidated report are their round's
 * (as their other entries are), an invitation its conference's, a unit's report its assignment's.
 */
const auditEntity = (kind: string) =>
  kind === 'plan' || kind === 'consolidated'
    ? 'campaign'
    : kind === 'invitation'
      ? 'conference'
      : kind === 'unit_report'
        ? 'assignment'
        : kind;

export interface OpenSessionInput {
  /** The round the document belongs to (its own id for a plan). */
  campaignId: string;
  documentKind: SignedDocumentKind;
  documentId: string;
  step: SigningStep;
  documentVersion: number;
  /** The PDF the signer gets: kept, and the upload must begin with exactly these bytes. */
  pdf: Uint8Array;
  docNumber?: string | null;
  docDate?: string | null;
  /** The notation printed on the document, when the document does not hold it (a unit's report). */
  docCode?: string | null;
}

/** The paths of a session's links under /api/v1. */
export const signingPaths = (fetchToken: string, uploadToken: string) => ({
  fetch: `/api/v1/signing/${fetchToken}/document.pdf`,
  upload: `/api/v1/signing/${uploadToken}/signed`,
});

/** Opens a session: stores the PDF to serve, and answers the two one-time links (absolute, from `baseUrl`). */
export async function openSigningSession(
  db: Kysely<Database>,
  storage: FileStorage,
  actor: Actor,
  input: OpenSessionInput,
  baseUrl: string,
): Promise<SigningSession> {
  const stored = await storeCheckedFile(db, storage, {
    fileName: `${input.documentKind}-${input.step}.pdf`,
    data: Buffer.from(input.pdf),
  });
  const fetch = newToken();
  const upload = newToken();
  const now = nowMs();
  const expiresAt = new Date(now + SIGNING_SESSION_MINUTES * 60_000).toISOString();
  const id = newId();
  await insertSession(db, {
    id,
    campaign_id: input.campaignId,
    document_kind: input.documentKind,
    document_id: input.documentId,
    step: input.step,
    document_version: input.documentVersion,
    fetch_token_hash: fetch.hash,
    upload_token_hash: upload.hash,
    expires_at: expiresAt,
    fetched_at: null,
    completed_at: null,
    created_by: actor.userId,
    created_at: new Date(now).toISOString(),
    served_sha256: stored.sha256,
    served_storage: storage.kind,
    doc_number: input.docNumber ?? null,
    doc_date: input.docDate ?? null,
    doc_code: input.docCode ?? null,
  });
  await recordAudit(db, actor, {
    action: 'signing.started',
    entityType: auditEntity(input.documentKind),
    entityId: input.documentId,
    after: {
      document: input.documentKind,
      step: input.step,
      servedSha256: stored.sha256,
      expiresAt,
      docNumber: input.docNumber ?? null,
    },
  });
  const paths = signingPaths(fetch.token, upload.token);
  const fetchUrl = `${baseUrl}${paths.fetch}`;
  const uploadUrl = `${baseUrl}${paths.upload}`;
  return {
    id,
    step: input.step,
    fetchUrl,
    uploadUrl,
    launchUrl: signingLaunchUrl(fetchUrl, uploadUrl),
    expiresAt,
    docNumber: input.docNumber ?? null,
    docDate: input.docDate ?? null,
  };
}

async function servedBytes(db: Kysely<Database>, storage: FileStorage, session: SessionRow): Promise<Buffer> {
  return readAttachmentBytes(db, storage, {
    sha256: session.served_sha256 as string,
    storage: session.served_storage as string,
  });
}

/** The PDF of a fetch link, once: a second fetch, or one after expiry, is told the link is gone. */
export async function fetchSigningDocument(
  db: Kysely<Database>,
  storage: FileStorage,
  token: string,
): Promise<{ session: SessionRow; pdf: Buffer }> {
  const session = isToken(token) ? await sessionByFetchHash(db, sha256(token)) : undefined;
  if (!session) throw gone('unknown');
  const now = new Date(nowMs()).toISOString();
  if (!(await claimFetch(db, session.id, now))) {
    if (session.completed_at) throw gone('completed');
    if (session.fetched_at) throw gone('fetched');
    if (session.expires_at <= now) throw gone('expired');
    throw gone('fetched'); // fetched meanwhile by a parallel request
  }
  return { session, pdf: await servedBytes(db, storage, session) };
}

/**
 * The session of an upload link that may still take a signed PDF: fetched, not completed, not
 * expired. A refused upload does not use the session up: the signer may send again (with the
 * right certificate, say) until it expires; only an accepted upload completes it.
 */
export async function sessionForUpload(db: Kysely<Database>, token: string): Promise<SessionRow> {
  const session = isToken(token) ? await sessionByUploadHash(db, sha256(token)) : undefined;
  if (!session) throw gone('unknown');
  const now = new Date(nowMs()).toISOString();
  if (session.completed_at) throw gone('completed');
  if (session.expires_at <= now) throw gone('expired');
  if (!session.fetched_at) throw gone('not_fetched');
  return session;
}

const PDF_MAGIC = Buffer.from('%PDF-');

/**
 * Checks a signed upload against what was served: it must begin with exactly the served bytes
 * (the signature added as an incremental update, nothing else rewritten), carry exactly one new
 * signature, and every signature must verify `valid` (trust anchors, expected organisation). Throws
 * `signature_refused` naming what is wrong; answers the new signature's check.
 */
export async function checkSignedUpload(
  served: Uint8Array,
  uploaded: Uint8Array,
  opts: { trustAnchors: readonly CertificateInput[]; expectedOrganisation: string | readonly string[] },
): Promise<SignatureCheck> {
  const head = Buffer.from(uploaded.subarray(0, 1024));
  if (uploaded.length === 0 || head.indexOf(PDF_MAGIC) === -1)
    throw problem('signature_refused', { case: 'not_pdf' });
  const [before, after] = await Promise.all([
    verifyPdfSignatures(served, { trustAnchors: opts.trustAnchors }),
    verifyPdfSignatures(uploaded, {
      trustAnchors: opts.trustAnchors,
      expectedOrganisation: opts.expectedOrganisation,
    }),
  ]);
  if (after.verdict === 'unsigned') throw problem('signature_refused', { case: 'unsigned' });
  const extends_ =
    uploaded.length >= served.length &&
    Buffer.from(uploaded.subarray(0, served.length)).equals(Buffer.from(served));
  if (!extends_) throw problem('signature_refused', { case: 'not_served' });
  const added = after.signatures.length - before.signatures.length;
  if (added !== 1) throw problem('signature_refused', { case: 'signature_count', added });
  if (after.verdict !== 'valid') {
    const failing = after.signatures.find((s) => s.verdict === after.verdict);
    const who = failing?.signer?.organisation ?? failing?.signer?.commonName;
    throw problem('signature_refused', {
      case: 'verdict',
      label: VERDICT_LABELS[after.verdict].vi,
      labelEn: VERDICT_LABELS[after.verdict].en,
      ...(who ? { detail: who } : {}),
    });
  }
  // Only a signature may follow what was served: an update that also changed the page (or
  // anything else) before the signature is covered by it, yet it is not the document served.
  if (await changesAfterRevision(uploaded, served.length, { annotations: false }))
    throw problem('signature_refused', { case: 'not_served' });
  return after.signatures[after.signatures.length - 1] as SignatureCheck;
}

/** The user who opened the session, as the actor of what the upload completes. */
export async function sessionActor(db: Kysely<Database>, session: SessionRow): Promise<Actor> {
  const user = await sessionCreator(db, session.created_by);
  if (!user?.active) throw problem('signing_link', { case: 'unknown' });
  return {
    userId: user.id,
    username: user.username,
    fullName: user.full_name,
    role: user.role as Actor['role'],
    unitId: user.unit_id,
    ip: null,
  };
}

/**
 * Records an accepted upload in the caller's transaction: completes the session (once — a parallel
 * upload that lost is told the link is used), keeps the signed PDF, records the signature and
 * audits it with the PDF's SHA-256.
 */
export async function recordSignedUpload(
  trx: Kysely<Database>,
  storage: FileStorage,
  session: SessionRow,
  actor: Actor,
  pdf: Uint8Array,
  check: SignatureCheck,
): Promise<DocumentSignature> {
  const now = new Date(nowMs()).toISOString();
  if (!(await claimCompletion(trx, session.id, now))) {
    throw problem('signing_link', { case: now >= session.expires_at ? 'expired' : 'completed' });
  }
  const stored = await storeCheckedFile(trx, storage, {
    fileName: `${session.document_kind}-${session.step}-signed.pdf`,
    data: Buffer.from(pdf),
  });
  const row: SignatureRow = {
    id: newId(),
    campaign_id: session.campaign_id,
    document_kind: session.document_kind,
    document_id: session.document_id,
    session_id: session.id,
    step: session.step,
    document_version: session.document_version,
    started_by: session.created_by,
    recorded_at: now,
    signer_common_name: check.signer?.commonName ?? null,
    signer_organisation: check.signer?.organisation ?? null,
    certificate_serial: check.signer?.serialNumber ?? '',
    certificate_sha256: check.signer?.sha256Fingerprint ?? '',
    signing_time: check.signingTime?.toISOString() ?? null,
    pdf_sha256: stored.sha256,
    pdf_storage: storage.kind,
    pdf_bytes: pdf.length,
  };
  await insertSignature(trx, row);
  await recordAudit(trx, actor, {
    action: session.step === 'release' ? 'document.released' : 'document.signed',
    entityType: auditEntity(session.document_kind),
    entityId: session.document_id,
    after: {
      document: session.document_kind,
      step: session.step,
      pdfSha256: stored.sha256,
      signer: check.signer?.commonName ?? null,
      organisation: check.signer?.organisation ?? null,
      certificateSha256: check.signer?.sha256Fingerprint ?? null,
      signingTime: row.signing_time,
    },
  });
  return toSignature({ ...row, started_by_name: actor.fullName });
}

function toSignature(row: SignatureRow & { started_by_name: string | null }): DocumentSignature {
  return {
    id: row.id,
    step: row.step as SigningStep,
    documentVersion: row.document_version,
    startedBy: row.started_by_name ?? '',
    recordedAt: row.recorded_at,
    signerCommonName: row.signer_common_name,
    signerOrganisation: row.signer_organisation,
    certificateSerial: row.certificate_serial,
    certificateSha256: row.certificate_sha256,
    signingTime: row.signing_time,
    pdfSha256: row.pdf_sha256,
  };
}

/** Every signature the system accepted on a document, oldest first. */
export async function listDocumentSignatures(
  db: Kysely<Database>,
  kind: SignedDocumentKind,
  documentId: string,
): Promise<DocumentSignature[]> {
  return (await signaturesOfDocument(db, kind, documentId)).map(toSignature);
}

/** The latest accepted signature of a step on a document. */
export function latestStepSignature(
  db: Kysely<Database>,
  kind: SignedDocumentKind,
  documentId: string,
  step: SigningStep,
): Promise<SignatureRow | undefined> {
  return latestSignature(db, kind, documentId, step);
}

/** The signed PDF a signature produced, as it was accepted. */
export function signedPdfOf(db: Kysely<Database>, storage: FileStorage, row: SignatureRow): Promise<Buffer> {
  return readAttachmentBytes(db, storage, { sha256: row.pdf_sha256, storage: row.pdf_storage });
}

/**
 * The document of record once released: the released signed PDF, unchanged; undefined while the
 * document has not been released through signing (it is then rendered from its data).
 */
export async function releasedPdf(
  db: Kysely<Database>,
  storage: FileStorage,
  kind: SignedDocumentKind,
  documentId: string,
): Promise<Buffer | undefined> {
  const release = await latestSignature(db, kind, documentId, 'release');
  return release ? signedPdfOf(db, storage, release) : undefined;
}

/** The PDF a session served (what the upload must begin with). */
export function servedPdfOf(
  db: Kysely<Database>,
  storage: FileStorage,
  session: SessionRow,
): Promise<Buffer> {
  return servedBytes(db, storage, session);
}

/**
 * The notation printed on the document the last `sign` step signed (kept with its session, for a
 * document that does not hold its notation: a unit's report); undefined when nothing was signed.
 */
export async function signedNotation(
  db: Kysely<Database>,
  kind: SignedDocumentKind,
  documentId: string,
): Promise<string | undefined> {
  const signed = await latestSignature(db, kind, documentId, 'sign');
  if (!signed) return undefined;
  const session = await db
    .selectFrom('signing_sessions')
    .select('doc_code')
    .where('id', '=', signed.session_id)
    .executeTakeFirst();
  return session?.doc_code ?? undefined;
}
