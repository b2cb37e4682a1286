import type { MessageKey } from '../i18n/vi.ts';

/** How far a file has come: bytes so far, and the whole when the server or the file says it. */
export interface Transfer {
  loaded: number;
  /** null when the size is not known (no Content-Length, a compressed answer). */
  total: number | null;
}

/** Whole percent done, or null when the size is not known. Never past 100. */
export function percentOf(transfer: Transfer): number | null {
  if (transfer.total === null || transfer.total <= 0) return null;
  return Math.min(100, Math.floor((transfer.loaded / transfer.total) * 100));
}

/** The size a Content-Length header gives, or null (absent, not a number, or a compressed body). */
export function contentLength(headers: Headers): number | null {
  if (headers.get('content-encoding')) return null;
  const raw = headers.get('content-length');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * Reads a response's body to the end, telling `onProgress` each time more has come. A body the
 * browser cannot stream is read whole, then reported once.
 */
export async function readBody(response: Response, onProgress: (transfer: Transfer) => void): Promise<Blob> {
  const total = contentLength(response.headers);
  const type = response.headers.get('content-type') ?? '';
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ loaded: blob.size, total });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  return new Blob(chunks, { type });
}

/** What a busy download button says: percent when the size is known, else the seconds so far. */
export function downloadLabel(
  transfer: Transfer | null,
  elapsedMs: number,
): { key: MessageKey; values?: Record<string, number> } {
  const percent = transfer ? percentOf(transfer) : null;
  if (percent !== null) return { key: 'download.busyPercent', values: { percent } };
  const seconds = Math.floor(elapsedMs / 1000);
  // The first seconds say only that it is working; a longer wait counts them.
  if (seconds >= 2) return { key: 'download.busySeconds', values: { seconds } };
  return { key: 'download.busy' };
}

/** What an upload says: the file going up (percent when known), then the server reading it. */
export function uploadLabel(transfer: Transfer | null): {
  key: MessageKey;
  values?: Record<string, number>;
  percent: number | null;
} {
  if (transfer === null) return { key: 'upload.sending', percent: null };
  const percent = percentOf(transfer);
  if (transfer.total !== null && transfer.loaded >= transfer.total) {
    return { key: 'upload.reading', percent: 100 };
  }
  if (percent === null) return { key: 'upload.sending', percent: null };
  return { key: 'upload.sendingPercent', values: { percent }, percent };
}
