import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../web/vite-precompress.ts';
import { createTestServer, HOST, type TestServer } from './harness.ts';

/**
 * The built web client as the server sends it: every text file compressed once at build time
 * (apps/web/vite-precompress.ts) and sent as it is to a browser that accepts it.
 */
describe('the web client’s files', () => {
  let dist: string;
  let server: TestServer;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Tổng kết ${i}`))};\n`;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Tổng kết</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), script);
    fs.writeFileSync(path.join(dist, 'assets', 'tiny-abc123.js'), 'export {};\n');
    fs.writeFileSync(path.join(dist, 'assets', 'logo-abc123.png'), Buffer.alloc(4096, 7));
    expect(await precompressDir(dist)).toBe(2);
    server = await createTestServer('sqlite', { demo: false, config: { webDistDir: dist } });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    server.app.inject({
      method: 'GET',
      url,
      headers: { host: HOST, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    });

  it('compresses only text files large enough to gain from it', () => {
    const assets = fs.readdirSync(path.join(dist, 'assets')).sort();
    expect(assets).toEqual([
      'app-abc123.js',
      'app-abc123.js.br',
      'app-abc123.js.gz',
      'logo-abc123.png',
      'tiny-abc123.js',
    ]);
  });

  it('sends brotli, else gzip, else the file, each cached for good and varying by encoding', async () => {
    const br = await get('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 3);

    const gz = await get('/assets/app-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).toBe(script);

    const tiny = await get('/assets/tiny-abc123.js', 'br');
    expect(tiny.statusCode).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.payload).toBe('export {};\n');
  });

  it('still answers a page address with the app and an unknown file with 404', async () => {
    const page = await get('/campaigns/abc', 'br');
    expect(page.statusCode).toBe(200);
    expect(page.payload).toContain('<title>Tổng kết</title>');
    expect((await get('/assets/missing-abc123.js', 'br')).statusCode).toBe(404);
  });
});
