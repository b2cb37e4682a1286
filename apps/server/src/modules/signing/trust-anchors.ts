import { loadTrustStore } from '@tongket/documents';

type Anchors = Awaited<ReturnType<typeof loadTrustStore>>;

/** Read once per folder. */
const cache = new Map<string, Promise<Anchors>>();

/**
 * The CA certificates signatures must chain to: every certificate file of the folder TRUST_STORE_DIR
 * (the state's specialised CA roots and the licensed public CAs). None when it is not set: every
 * signature is then of an unknown issuer.
 */
export function trustAnchorsFromEnv(env: Record<string, string | undefined> = process.env): Promise<Anchors> {
  const dir = env.TRUST_STORE_DIR?.trim();
  if (!dir) return Promise.resolve([]);
  let anchors = cache.get(dir);
  if (!anchors) {
    anchors = loadTrustStore(dir);
    anchors.catch(() => cache.delete(dir));
    cache.set(dir, anchors);
  }
  return anchors;
}
