import type { SignatureCheck } from '@tongket/domain';
import { type CertificateInput, loadTrustStore, verifyPdfSignatures } from '@tongket/documents';
import type { Config } from '../config.ts';

/** The trust store of each configured folder, read once per process (a restart reads it again). */
const stores = new Map<string, Promise<CertificateInput[]>>();

/** The CA certificates signed PDFs must chain to; none when TRUST_STORE_DIR is unset. */
export function trustAnchors(config: Pick<Config, 'trustStoreDir'>): Promise<CertificateInput[]> {
  const dir = config.trustStoreDir;
  if (!dir) return Promise.resolve([]);
  let store = stores.get(dir);
  if (!store) {
    store = loadTrustStore(dir).then((certs) => certs as CertificateInput[]);
    // A folder that could not be read is tried again on the next file rather than remembered.
    store.catch(() => stores.delete(dir));
    stores.set(dir, store);
  }
  return store;
}

/**
 * Checks every signature of a PDF that enters the system and keeps what the receiver needs to see:
 * the verdict for the file (the worst of its signatures) and who signed last, for which
 * organisation, when. `organisation` is the sending unit's name: a signature by another agency says so.
 */
export async function checkPdfSignatures(
  config: Pick<Config, 'trustStoreDir'>,
  pdf: Uint8Array,
  organisation: string,
  now: Date,
): Promise<SignatureCheck> {
  const result = await verifyPdfSignatures(pdf, {
    trustAnchors: await trustAnchors(config),
    expectedOrganisation: organisation,
    at: now,
  });
  const last = result.signatures.at(-1);
  return {
    verdict: result.verdict,
    signer: last?.signer?.commonName ?? null,
    organisation: last?.signer?.organisation ?? null,
    signedAt: last?.signingTime ? last.signingTime.toISOString() : null,
    certificate: last?.signer?.sha256Fingerprint ?? null,
    count: result.signatures.length,
    checkedAt: now.toISOString(),
  };
}
