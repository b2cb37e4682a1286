import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Pixels per PDF point: 2 gives a 1191 × 1684 PNG for an A4 page, sharp enough to read 11 pt text. */
const SCALE = 2;

let sources: { lib: string; worker: string } | undefined;

/** pdfjs-dist's legacy build, read from node_modules once per process (no network is needed or used). */
function pdfjsSources(): { lib: string; worker: string } {
  if (!sources) {
    const require = createRequire(import.meta.url);
    const read = (file: string) =>
      fs.readFileSync(require.resolve(`pdfjs-dist/legacy/build/${file}`), 'utf8');
    sources = { lib: read('pdf.min.mjs'), worker: read('pdf.worker.min.mjs') };
  }
  return sources;
}

/** Runs in the page: loads pdfjs from blob URLs of its module files and draws one page on the canvas. */
const DRAW_PAGE = `async ({ lib, worker, data, pageNumber, scale }) => {
  const [workerUrl, libUrl] = [worker, lib].map((source) =>
    URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
  );
  // With the worker's handler on globalThis, pdfjs runs it in this thread: no Worker, no worker URL.
  globalThis.pdfjsWorker ??= await import(workerUrl);
  const pdfjs = await import(libUrl);
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages) {
      throw new Error('page ' + pageNumber + ' is not in this PDF of ' + doc.numPages + ' pages');
    }
    const pdfPage = await doc.getPage(pageNumber);
    const viewport = pdfPage.getViewport({ scale });
    const canvas = document.getElementById('pdf-page');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    // One canvas pixel per CSS pixel, so the element screenshot is the canvas as drawn.
    canvas.style.width = canvas.width / devicePixelRatio + 'px';
    canvas.style.height = canvas.height / devicePixelRatio + 'px';
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await pdfPage.render({ canvasContext: context, canvas, viewport }).promise;
    return { width: canvas.width, height: canvas.height };
  } finally {
    await doc.destroy();
  }
}`;

/**
 * Renders page `pageNumber` (from 1) of `pdf` to a PNG at 2× scale, drawing it with pdfjs-dist inside
 * the given Chromium page: the page is replaced by a blank document holding one canvas, pdfjs is
 * loaded from blob URLs of its module files and runs its worker on the main thread.
 */
export async function renderPdfPageToPng(
  page: Page,
  pdf: Buffer,
  pageNumber: number,
  outFile: string,
): Promise<void> {
  const { lib, worker } = pdfjsSources();
  await page.setContent(
    '<!doctype html><html><head><meta charset="utf-8"></head>' +
      '<body style="margin:0;background:#fff"><canvas id="pdf-page"></canvas></body></html>',
  );
  const args = JSON.stringify({ lib, worker, data: pdf.toString('base64'), pageNumber, scale: SCALE });
  // Passed as source text: a test runner that rewrites import() in test code must not touch it.
  const size = (await page.evaluate(`(${DRAW_PAGE})(${args})`)) as { width: number; height: number };
  if (size.width === 0 || size.height === 0) throw new Error(`page ${pageNumber} rendered empty`);
  await page.locator('#pdf-page').screenshot({ path: outFile, animations: 'disabled' });
}
