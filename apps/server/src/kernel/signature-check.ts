import type { CertificateInput } from '@tongket/documents';
import { provinceOf, type SignatureCheck, signatureCheckSchema } from '@tongket/domain';
import type { Config } from '../config.ts';
import { loadTrustStore, verifyPdfSignatures } from '../lib/renderers.ts';
import type { UnitTree } from './unit-directory.ts';

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
 * The names a unit's certificates may give as its organisation: its name in the tree ("Sở Y tế"),
 * the same with its province's place ("Sở Y tế tỉnh Quảng Trị"), and for the people's committee
 * its name written out ("Ủy ban nhân dân tỉnh Quảng Trị").
 */
export function organisationNames(tree: UnitTree, unitId: string): string[] {
  const unit = tree.byId.get(unitId);
  if (!unit) return [];
  const rootId = provinceOf(tree, unitId);
  const root = rootId ? tree.byId.get(rootId) : undefined;
  const spelled = (name: string) => name.replace(/^UBND\s+/u, 'Ủy ban nhân dân ');
  const place = root ? spelled(root.name).replace(/^Ủy ban nhân dân\s+/iu, '') : '';
  const names = new Set([unit.name, spelled(unit.name)]);
  if (place && unit.id !== rootId) {
    names.add(`${unit.name} ${place}`);
    // "Bộ Chỉ huy Quân sự tỉnh" + "Quảng Trị": the name already says which kind of place.
    names.add(`${unit.name} ${place.replace(/^(tỉnh|thành phố)\s+/iu, '')}`);
  }
  return [...names];
}

/**
 * Checks every signature of a PDF that enters the system and keeps what the receiver needs to see:
 * the verdict for the file (the worst of its signatures) and who signed last, for which
 * organisation, when. `organisation`: the sending unit's names; a signature by another agency says so.
 */
export async function checkPdfSignatures(
  config: Pick<Config, 'trustStoreDir'>,
  pdf: Uint8Array,
  organisation: readonly string[],
  now: Date,
): Promise<SignatureCheck> {
  return checkPdfSignaturesWith(await trustAnchors(config), pdf, organisation, now);
}

/** checkPdfSignatures with the trust anchors given (those the caller has read already). */
export async function checkPdfSignaturesWith(
  anchors: readonly CertificateInput[],
  pdf: Uint8Array,
  organisation: readonly string[],
  now: Date,
): Promise<SignatureCheck> {
  const result = await verifyPdfSignatures(pdf, {
    trustAnchors: [...anchors],
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

/** The signature check kept with a PDF (JSON); null for other files, and for one that cannot be read back. */
export function storedSignatureCheck(json: string | null): SignatureCheck | null {
  if (!json) return null;
  try {
    const parsed = signatureCheckSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
