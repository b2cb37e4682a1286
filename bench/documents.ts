/**
 * Document engine benchmark: the demo plan 2519/KH-UBND (plan and attached outline, as served at
 * …/documents/plan.docx and plan.pdf) rendered 50 times each way, after one warm-up render.
 *
 *   npm run bench:documents
 *
 * Prints `name: value unit` lines: median and p90 milliseconds per DOCX and per PDF, and the
 * sizes and page count of what was rendered. Targets: DOCX under 50 ms, PDF under 200 ms.
 */
import os from 'node:os';
import { buildPlanDocument, renderDocx, renderPdf } from '@tongket/documents';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { BenchRun } from './lib/bench-run.ts';
import { seedDemoPlan2519 } from './lib/demo-plan.ts';

const RUNS = 50;

const run = new BenchRun('bench:documents');

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<number> {
  const db = openDatabase({ databaseUrl: null, dataDir: os.tmpdir(), sqliteFile: ':memory:' });
  const { campaign, tree } = await seedDemoPlan2519(db);

  // What GET …/documents/plan.docx|pdf does on a cache miss: build the model, render it.
  const renderPlan = (format: 'docx' | 'pdf') => {
    const document = buildPlanDocument({
      kind: campaign.kind,
      status: campaign.status,
      plan: campaign.plan,
      outline: campaign.outline,
      unitName: (id) => tree.byId.get(id)?.name,
      issuerShortName: tree.byId.get(campaign.issuingUnitId)?.shortName ?? '',
    });
    return format === 'pdf' ? renderPdf(document) : renderDocx(document);
  };
  const figures: string[] = [];
  for (const format of ['docx', 'pdf'] as const) {
    let bytes = await renderPlan(format);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      bytes = await renderPlan(format);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    figures.push(`documents.${format}_median: ${quantile(times, 0.5).toFixed(1)} ms`);
    figures.push(`documents.${format}_p90: ${quantile(times, 0.9).toFixed(1)} ms`);
    figures.push(`documents.${format}_size: ${Math.round(bytes.length / 1024)} KiB`);
    if (format === 'pdf') {
      const pages = bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      figures.push(`documents.pdf_pages: ${pages} pages`);
    }
  }
  await db.close();
  process.stdout.write(`${figures.join('\n')}\n`);
  return 0;
}

run.main(main);
