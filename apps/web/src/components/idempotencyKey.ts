/**
 * A fresh key for one click's intent (Idempotency-Key): reused when that same request is retried,
 * so the server does it once. crypto.randomUUID needs a secure context; a plain-HTTP intranet
 * address falls back to random bytes.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
