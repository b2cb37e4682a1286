/**
 * Synthesis benchmark: how short, how complete and how quick the consolidated draft is.
 *
 *   npm run bench:synthesis
 *   BENCH_UNITS=3000 npm run bench:synthesis     a larger generated round
 *
 * 1. A generated round of `BENCH_UNITS` units (default 1,000) writing 12 sections from labelled
 *    themes (bench/lib/synthesis-round.ts): each theme in one of two wordings with the unit's own
 *    figures, a unit's own concrete points, a pasted copy, a report in capitals and a few sentences
 *    written in a section of another kind. Measured: the time to synthesise every section (target
 *    under 5 s), the draft's length against the inputs' (target at most 15 %), the share of
 *    labelled themes the draft states — a theme counts when one of the draft's sentences is written
 *    from sentences mostly of that theme (target at least 90 %) — the process's peak RSS (target
 *    under 300 MB), and the share of misplaced sentences flagged `wrong_section` with the section
 *    they belong to, against how many other sentences were so flagged.
 * 2. The reports bench:consolidate sends (20 sections of ≈1.5 KB of template text each) for
 *    `BENCH_UNITS` units: time and peak RSS, unlabelled — how the time grows with the text.
 * 3. The Quảng Trị demo round (plan 2519/KH-UBND, its accepted reports, seeded into a throwaway
 *    SQLite database): the draft's length against the inputs' and against the pasted text that
 *    "Tổng hợp lại" wrote before, and that every indicator total is stated in the draft. Then
 *    "Tổng hợp lại" with a length target, on all the reports sent (a longer draft): the target
 *    two pages under the draft without one, and the printed report's pages up to the signature,
 *    counted in its PDF, against it.
 * Prints `name: value unit` lines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Outline } from '@tongket/domain';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { systemActor } from '../apps/server/src/http/actor.ts';
import type { StoredCampaign } from '../apps/server/src/modules/campaigns/index.ts';
import type { SynthesisContribution } from '../apps/server/src/modules/consolidation/index.ts';
import {
  collectReports,
  consolidatedReport,
  contributionsBySection,
  formatFigure,
  htmlPieces,
  indicatorTotals,
  regenerateConsolidated,
  renderConsolidated,
  synthesizeRound,
} from '../apps/server/src/modules/consolidation/index.ts';
import { BenchRun, intFromEnv } from './lib/bench-run.ts';
import { seedDemoPlan2519 } from './lib/demo-plan.ts';
import { sectionHtml } from './lib/report-text.ts';
import { labelledRound, misplacedKey } from './lib/synthesis-round.ts';

const UNITS = intFromEnv('BENCH_UNITS', 1000, 20, 20_000);
const run = new BenchRun('bench:synthesis', 10 * 60_000);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** What "Tổng hợp lại" wrote before the synthesis: each unit's name, then its text. */
const attributed = (unitName: string, html: string) => `<p><strong>${unitName}:</strong></p>${html}`;
const textLength = (html: string) => htmlPieces(html).reduce((n, p) => n + p.text.length + 1, 0);

async function generatedRound() {
  run.progress(`generating a round of ${UNITS} units`);
  const round = labelledRound(UNITS);
  const start = performance.now();
  const drafts = synthesizeRound({
    outline: round.outline,
    contributions: round.contributions,
    indicators: [],
    issuingUnitName: 'UBND tỉnh Thử Nghiệm',
    expected: UNITS,
  });
  const ms = performance.now() - start;
  let output = 0;
  let themes = 0;
  let found = 0;
  let flagged = 0;
  // Text in the wrong section: the labelled sentences flagged with the section they belong to, and flags on others.
  let planted = 0;
  for (const list of round.misplaced.values()) planted += list.size;
  let placed = 0;
  let misflagged = 0;
  for (const [id, draft] of drafts) {
    output += draft.outputChars;
    flagged += draft.flags.length;
    for (const f of draft.flags) {
      if (f.kind !== 'wrong_section') continue;
      for (const text of f.texts) {
        if (round.misplaced.get(id)?.get(misplacedKey(f.unitId, text)) === f.belongsTo) placed++;
        else misflagged++;
      }
    }
    const labels = round.labels.get(id) ?? new Map<string, string>();
    const stated = new Set<string>();
    for (const s of draft.sentences) {
      const votes = new Map<string, number>();
      for (const src of s.sources) {
        const label = labels.get(src.text);
        if (label) votes.set(label, (votes.get(label) ?? 0) + 1);
      }
      let best = '';
      let most = 0;
      for (const [label, n] of votes) {
        if (n > most) {
          most = n;
          best = label;
        }
      }
      if (best) stated.add(best);
    }
    const present = round.themes.get(id) ?? new Set<string>();
    themes += present.size;
    found += [...present].filter((t) => stated.has(t)).length;
  }
  run.figure('synthesis.generated.units', UNITS, 'units');
  run.figure('synthesis.generated.input', round.inputChars / 1000, 'k characters');
  run.figure('synthesis.generated.draft', output / 1000, 'k characters');
  run.figure('synthesis.generated.length_ratio', (100 * output) / round.inputChars, '% (target ≤ 15)');
  run.figure('synthesis.generated.themes', themes, 'labelled themes');
  run.figure('synthesis.generated.themes_found', (100 * found) / themes, '% (target ≥ 90)');
  run.figure('synthesis.generated.flags', flagged, 'flags');
  run.figure(
    'synthesis.generated.wrong_section',
    (100 * placed) / planted,
    `% of ${planted} misplaced sentences flagged with their section`,
  );
  run.figure('synthesis.generated.wrong_section_false', misflagged, 'sentences flagged wrongly');
  run.figure('synthesis.generated.time', ms, 'ms (target < 5000)');
  run.figure('synthesis.generated.peak_rss', mb(process.resourceUsage().maxRSS * 1024), 'MB (target < 300)');
}

/** The reports bench:consolidate sends (20 sections of ≈1.5 KB each): how the time grows with the text. */
async function fullSizeRound() {
  run.progress(`synthesising ${UNITS} reports of 20 sections of ≈1.5 KB`);
  const sections = Array.from({ length: 20 }, (_, i) => ({
    id: `s${i + 1}`,
    title: `Mục ${i + 1}`,
    required: true,
    guidance: '',
    indicators: [],
    children: [],
  }));
  const contributions = new Map<string, SynthesisContribution[]>();
  let input = 0;
  sections.forEach((section, i) => {
    const list: SynthesisContribution[] = [];
    for (let u = 0; u < UNITS; u++) {
      const unitName = `Đơn vị thử ${u + 1}`;
      const html = sectionHtml(unitName, section.title, u * 1000 + i + 1);
      input += html.length;
      list.push({ unitId: `u${u}`, unitName, submissionId: `x${u}`, html });
    }
    contributions.set(section.id, list);
  });
  const start = performance.now();
  const drafts = synthesizeRound({
    outline: { sections } as unknown as Pick<Outline, 'sections'>,
    contributions,
    indicators: [],
    issuingUnitName: 'UBND tỉnh Thử Nghiệm',
    expected: UNITS,
  });
  const ms = performance.now() - start;
  let output = 0;
  for (const d of drafts.values()) output += d.outputChars;
  run.figure('synthesis.full_size.input', input / 1_000_000, 'MB of HTML');
  run.figure('synthesis.full_size.draft', output / 1000, 'k characters');
  run.figure('synthesis.full_size.time', ms, 'ms');
  run.figure('synthesis.full_size.peak_rss', mb(process.resourceUsage().maxRSS * 1024), 'MB');
}

async function demoRound() {
  run.progress('seeding the Quảng Trị demo');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-bench-synthesis-'));
  const db = openDatabase({ databaseUrl: null, dataDir });
  try {
    const { campaign, tree } = await seedDemoPlan2519(db);
    const { reports, assignments } = await collectReports(db.kysely, campaign.id, 'accepted');
    const contributions = contributionsBySection(campaign.outline, reports, tree);
    const indicators = indicatorTotals(
      campaign.outline,
      reports.map((r) => ({ unitId: r.unitId, values: r.content.indicators })),
      tree,
      campaign.issuingUnitId,
    );
    let input = 0;
    let pasted = 0;
    for (const list of contributions.values()) {
      for (const c of list) {
        input += textLength(c.html);
        pasted += textLength(attributed(c.unitName, c.html));
      }
    }
    const start = performance.now();
    const drafts = synthesizeRound({
      outline: campaign.outline,
      contributions,
      indicators,
      issuingUnitName: tree.byId.get(campaign.issuingUnitId)?.name ?? '',
      expected: assignments.length,
    });
    const ms = performance.now() - start;
    let output = 0;
    const text: string[] = [];
    for (const draft of drafts.values()) {
      output += draft.outputChars;
      text.push(...draft.sentences.map((s) => s.text));
    }
    const all = text.join('\n');
    const totals = indicators.filter((i) => i.total !== null);
    const stated = totals.filter((i) => all.includes(formatFigure(Math.round(i.total as number)))).length;
    run.figure('synthesis.demo.reports', reports.length, 'reports');
    run.figure('synthesis.demo.input', input / 1000, 'k characters');
    run.figure('synthesis.demo.pasted', pasted / 1000, 'k characters (the pasted draft before)');
    run.figure('synthesis.demo.draft', output / 1000, 'k characters');
    run.figure('synthesis.demo.length_ratio', (100 * output) / input, '% of the inputs (target ≤ 15)');
    run.figure('synthesis.demo.against_pasted', (100 * output) / pasted, '% of the pasted draft');
    run.figure('synthesis.demo.indicators_stated', stated, `of ${totals.length} indicator totals`);
    run.figure('synthesis.demo.time', ms, 'ms');
    if (process.env.BENCH_PRINT_DRAFT) process.stderr.write(`${all}\n`);
    await targetFit(db, campaign, tree);
  } finally {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The printed report's pages from the first to the signature: the figures' appendix starts a page of its own. */
async function printedPages(
  db: ReturnType<typeof openDatabase>,
  campaign: StoredCampaign,
  tree: Awaited<ReturnType<typeof seedDemoPlan2519>>['tree'],
) {
  // Loaded here, after the figures of RSS: the PDF reader is large.
  const { readPdf } = await import('@tongket/documents/testing');
  const report = await consolidatedReport(db.kysely, tree, campaign, true, false);
  const pdf = await renderConsolidated(campaign, report, tree, 'pdf');
  // To read the demo's draft as a clerk gets it, page by page.
  if (process.env.BENCH_DRAFT_PDF && report.length.targetPages === null) {
    await fs.promises.writeFile(process.env.BENCH_DRAFT_PDF, pdf);
  }
  const { pages } = await readPdf(pdf);
  const appendix = pages.findIndex((p) => p.includes('PHỤ LỤC'));
  return { printed: appendix < 0 ? pages.length : appendix, report };
}

async function targetFit(
  db: ReturnType<typeof openDatabase>,
  campaign: StoredCampaign,
  tree: Awaited<ReturnType<typeof seedDemoPlan2519>>['tree'],
) {
  run.progress('fitting the demo draft to a length target');
  const actor = systemActor('bench');
  await regenerateConsolidated(db.kysely, tree, actor, campaign, { version: 0, basis: 'submitted' });
  const plain = await printedPages(db, campaign, tree);
  const target = Math.max(1, plain.printed - 2);
  const start = performance.now();
  await regenerateConsolidated(db.kysely, tree, actor, campaign, {
    version: plain.report.version,
    targetPages: target,
  });
  const ms = performance.now() - start;
  const fitted = await printedPages(db, campaign, tree);
  run.figure('synthesis.demo.untargeted_pages', plain.printed, 'pages printed (all reports sent, no target)');
  run.figure(
    'synthesis.demo.target_fit',
    fitted.printed,
    `pages for a target of ${target}${fitted.report.length.overTarget ? ' (the shortest draft: over it)' : ''}`,
  );
  run.figure('synthesis.demo.target_estimate', fitted.report.length.estimatedPages, 'pages estimated');
  run.figure('synthesis.demo.target_time', ms, 'ms to regenerate with the target');
}

run.main(async () => {
  await generatedRound();
  await fullSizeRound();
  await demoRound();
  run.printFigures();
  return 0;
});
