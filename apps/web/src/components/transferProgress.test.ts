import { describe, expect, it } from 'vitest';
import {
  contentLength,
  downloadLabel,
  percentOf,
  readBody,
  type Transfer,
  uploadLabel,
} from './transferProgress.ts';

/** A response whose body comes in the pieces given, as a slow connection brings it. */
function streamed(pieces: number[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let n = 0;
      for (const size of pieces) controller.enqueue(new Uint8Array(size).fill(n++));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

describe('percentOf and contentLength', () => {
  it('gives whole percents, none without a size, and never past 100', () => {
    expect(percentOf({ loaded: 0, total: 200 })).toBe(0);
    expect(percentOf({ loaded: 199, total: 200 })).toBe(99);
    expect(percentOf({ loaded: 200, total: 200 })).toBe(100);
    expect(percentOf({ loaded: 300, total: 200 })).toBe(100);
    expect(percentOf({ loaded: 10, total: null })).toBeNull();
    expect(percentOf({ loaded: 0, total: 0 })).toBeNull();
  });

  it('reads the size only from a plain numeric Content-Length of an uncompressed answer', () => {
    expect(contentLength(new Headers({ 'content-length': '1234' }))).toBe(1234);
    expect(contentLength(new Headers())).toBeNull();
    expect(contentLength(new Headers({ 'content-length': 'abc' }))).toBeNull();
    expect(contentLength(new Headers({ 'content-length': '0' }))).toBeNull();
    expect(contentLength(new Headers({ 'content-length': '-5' }))).toBeNull();
    // A compressed answer's length is of the compressed bytes, not of what the reader counts.
    expect(contentLength(new Headers({ 'content-length': '500', 'content-encoding': 'gzip' }))).toBeNull();
  });
});

describe('readBody', () => {
  it('reports each piece against the size the server gave and keeps every byte', async () => {
    const seen: Transfer[] = [];
    const blob = await readBody(
      streamed([100, 300, 600], { 'content-length': '1000', 'content-type': 'application/pdf' }),
      (t) => seen.push({ ...t }),
    );
    expect(seen.map((t) => t.loaded)).toEqual([0, 100, 400, 1000]);
    expect(seen.every((t) => t.total === 1000)).toBe(true);
    expect(seen.map(percentOf)).toEqual([0, 10, 40, 100]);
    expect(blob.size).toBe(1000);
    expect(blob.type).toBe('application/pdf');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([bytes[0], bytes[100], bytes[400], bytes[999]]).toEqual([0, 1, 2, 2]);
  });

  it('counts the bytes without a percent when the server gives no size', async () => {
    const seen: Transfer[] = [];
    await readBody(streamed([5, 7], {}), (t) => seen.push({ ...t }));
    expect(seen).toEqual([
      { loaded: 0, total: null },
      { loaded: 5, total: null },
      { loaded: 12, total: null },
    ]);
  });

  it('fails when the connection drops halfway', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('network error'));
      },
    });
    await expect(readBody(new Response(body), () => {})).rejects.toThrow('network error');
  });
});

describe('what a busy button says', () => {
  it('shows the percent when known, else counts seconds after the first two', () => {
    expect(downloadLabel({ loaded: 450, total: 1000 }, 500)).toEqual({
      key: 'download.busyPercent',
      values: { percent: 45 },
    });
    expect(downloadLabel(null, 900)).toEqual({ key: 'download.busy' });
    expect(downloadLabel({ loaded: 9000, total: null }, 1999)).toEqual({ key: 'download.busy' });
    expect(downloadLabel({ loaded: 9000, total: null }, 12_400)).toEqual({
      key: 'download.busySeconds',
      values: { seconds: 12 },
    });
  });

  it('says the file is going up, then that the server reads it', () => {
    expect(uploadLabel(null)).toEqual({ key: 'upload.sending', percent: null });
    expect(uploadLabel({ loaded: 30, total: 120 })).toEqual({
      key: 'upload.sendingPercent',
      values: { percent: 25 },
      percent: 25,
    });
    expect(uploadLabel({ loaded: 120, total: 120 })).toEqual({ key: 'upload.reading', percent: 100 });
    expect(uploadLabel({ loaded: 30, total: null })).toEqual({ key: 'upload.sending', percent: null });
  });
});
