/**
 * Consolidation benchmark.
 *
 *   npm run bench:consolidate
 *
 * 1. A round of 1,000 reporting units, each having sent a report of 20 sections (≈1.5 KB of
 *    Vietnamese text each) and 30 indicators, accepted: read the consolidation (every section's
 *    contributions in tree order, indicator totals per subtree, who is missing), regenerate the
 *    consolidated text, and render it as the Decree 30 DOCX. Target: under 3 s for all of it.
 * 2. A national roll-up: 30 indicators reported by every district and commune of a ~7,000-unit
 *    tree (nation → province → district → commune), added up per subtree by each indicator's
 *    rule. Target: under 200 ms.
 * Prints `name: value unit` lines. The round is set up in a process of its own (the units, their
 * reports and their acceptance: `setup.peak_rss`), then consolidated in another, which opens the
 * round's database as a server would: its peak RSS is the consolidation's (`consolidate.peak_rss`,
 * target under 300 MB, with the DOCX under 3 s). Each step's time and the resident set after it are
 * printed too. `BENCH_DATA_DIR=dir` keeps the round's database there and consolidates the one
 * found there on a later run, without setting it up again.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { campaignPatchSchema, endOfVietnamDay, outlineInputSchema, vietnamDate } from '@tongket/domain';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import type { UnitsTable } from '../apps/server/src/db/schema.ts';
import { seedDemo } from '../apps/server/src/demo/seed-demo.ts';
import type { Actor } from '../apps/server/src/http/actor.ts';
import { localEventBus } from '../apps/server/src/kernel/event-bus.ts';
import { UnitDirectory, UnitTree } from '../apps/server/src/kernel/unit-directory.ts';
import {
  readableAssignment,
  reviewAssignment,
  submitAssignment,
} from '../apps/server/src/modules/assignments/index.ts';
import {
  createCampaign,
  readCampaign,
  updateCampaign,
  updateOutline,
} from '../apps/server/src/modules/campaigns/index.ts';
import {
  consolidatedReport,
  indicatorTotals,
  regenerateConsolidated,
  renderConsolidated,
} from '../apps/server/src/modules/consolidation/index.ts';
import { issueCampaign } from '../apps/server/src/orchestration/issue-campaign.ts';
import { benchOutline, insertReportingUnits } from './lib/bench-round.ts';
import { BenchRun } from './lib/bench-run.ts';
import { generateNationalUnits } from './lib/national-units.ts';
import { indicatorValue, type ReportIndicator, sectionHtml, seededRandom } from './lib/report-text.ts';

const UNITS = Number(process.env.BENCH_UNITS || 1000);
const run = new BenchRun('bench:consolidate');
const figures: string[] = [];
const figure = (name: string, value: number, unit: string) =>
  figures.push(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
let peakRss = 0;
let phasePeak = 0;
const sample = () => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  phasePeak = Math.max(phasePeak, rss);
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** Logs a step, with the peak RSS of the step before it. */
const progress = (message: string) => {
  sample();
  process.stderr.write(`[bench:consolidate] (peak so far ${mb(phasePeak)} MB) ${message}\n`);
  phasePeak = 0;
};
const sampler = setInterval(sample, 20);

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  sample();
  return [value, performance.now() - start];
}

/** The round's name: the consolidating process finds the round by it. */
const ROUND_NAME = 'Thử tải tổng hợp';

/** The standing agency's coordinator (Sở Y tế), who runs the round. */
function coordinatorOf(tree: UnitTree): Actor {
  return {
    userId: '',
    username: 'bench',
    fullName: 'bench',
    role: 'coordinator',
    unitId: tree.byCode.get('QT-SYT')?.id as string,
    ip: null,
  };
}

/** A round of UNITS units, each having sent its report and had it accepted, in `dataDir`. */
async function setUpRound(dataDir: string) {
  const db = openDatabase({ databaseUrl: null, dataDir });
  try {
    await migrateToLatest(db);
    await seedDemo(db.kysely);
    progress(`adding ${UNITS} reporting units`);
    const { units } = await insertReportingUnits(db, UNITS);
    const tree = await new UnitDirectory(db.kysely).current();
    const qt = tree.byCode.get('QT')?.id as string;
    const coordinator = coordinatorOf(tree);
    const id = await createCampaign(db.kysely, tree, coordinator, {
      kind: 'tong_ket',
      issuingUnitId: qt,
      name: ROUND_NAME,
    });
    await updateOutline(db.kysely, tree, coordinator, id, 1, outlineInputSchema.parse(benchOutline()));
    const today = vietnamDate(new Date());
    await updateCampaign(
      db.kysely,
      tree,
      coordinator,
      id,
      campaignPatchSchema.parse({
        version: 2,
        plan: {
          docDate: today,
          purpose: 'Đánh giá công tác phòng, chống dịch.',
          tasks: [
            { kind: 'report', unitIds: units.map((u) => u.id), text: 'Báo cáo tổng kết theo đề cương.' },
          ],
          reportDeadline: endOfVietnamDay(vietnamDate(new Date(Date.now() + 10 * 86_400_000))),
          recipients: [{ text: 'Lưu: VT' }],
          signature: {
            authority: 'TM. ỦY BAN NHÂN DÂN',
            deputy: 'KT. CHỦ TỊCH',
            title: 'PHÓ CHỦ TỊCH',
            name: 'Hoàng Nam',
          },
        },
      }),
    );
    await issueCampaign(db.kysely, tree, coordinator, id, { version: 3, docNumber: '9911', docDate: today });
    const campaign = await readCampaign(db.kysely, id);
    if (!campaign) throw new Error('round missing');
    const leaves: Array<{ id: string; title: string }> = [];
    const indicators: ReportIndicator[] = [];
    const walk = (list: typeof campaign.outline.sections) => {
      for (const s of list) {
        if (s.children.length === 0) leaves.push({ id: s.id, title: s.title });
        for (const i of s.indicators)
          indicators.push({ id: i.id, valueType: i.valueType } as ReportIndicator);
        walk(s.children);
      }
    };
    walk(campaign.outline.sections);

    progress(`${UNITS} units send their reports; Sở Y tế accepts them`);
    const events = localEventBus();
    const assignments = await db.kysely
      .selectFrom('assignments')
      .select(['id', 'unit_id'])
      .where('campaign_id', '=', id)
      .execute();
    const byUnit = new Map(units.map((u) => [u.id, u]));
    for (const a of assignments) {
      const unit = byUnit.get(a.unit_id);
      if (!unit) continue;
      const actor: Actor = {
        userId: '',
        username: unit.username,
        fullName: unit.name,
        role: 'unit',
        unitId: unit.id,
        ip: null,
      };
      const sections: Record<string, string> = {};
      leaves.forEach((leaf, i) => {
        sections[leaf.id] = sectionHtml(unit.name, leaf.title, unit.index * 1000 + i + 1);
      });
      const random = seededRandom(unit.index + 7_000_000);
      const values: Record<string, number> = {};
      for (const indicator of indicators) values[indicator.id] = indicatorValue(indicator, random);
      const ctx = await readableAssignment(db.kysely, tree, actor, a.id);
      await submitAssignment(db.kysely, events, ctx, actor, {
        version: 0,
        content: { sections, indicators: values, body: '', topic: '', durationMinutes: null, link: '' },
      });
      const asCoordinator = await readableAssignment(db.kysely, tree, coordinator, a.id);
      await reviewAssignment(db.kysely, events, tree, asCoordinator, coordinator, {
        decision: 'accept',
        comment: '',
        version: asCoordinator.assignment.version,
      });
    }
    await events.close();
    sample();
  } finally {
    await db.close();
  }
}

/** Resident set now, in MB. */
const rssNow = () => mb(process.memoryUsage().rss);

/**
 * The round in `dataDir` consolidated as the server does it: the page's read (every section's
 * contributions), regenerating the text, then the download (the stored text and the totals only).
 */
async function consolidateRound(dataDir: string) {
  const db = openDatabase({ databaseUrl: null, dataDir });
  try {
    const tree = await new UnitDirectory(db.kysely).current();
    const coordinator = coordinatorOf(tree);
    const row = await db.kysely
      .selectFrom('campaigns')
      .select('id')
      .where('name', '=', ROUND_NAME)
      .executeTakeFirstOrThrow();
    const campaign = await readCampaign(db.kysely, row.id);
    if (!campaign) throw new Error('round missing');
    figure('consolidate.start_rss', rssNow(), 'MB');
    progress('consolidating');
    // The page's answer (each section's first contributions and counts) is dropped once counted, as
    // the server drops it once sent.
    const [[reported, contributions], readMs] = await timed(async () => {
      const report = await consolidatedReport(db.kysely, tree, campaign, true);
      return [
        report.indicators[0]?.reported ?? 0,
        report.sections.reduce((n, s) => n + s.contributionCount, 0),
      ] as const;
    });
    figure('consolidate.reports', reported, 'reports');
    figure('consolidate.contributions', contributions, 'sections');
    figure('consolidate.read_ms', readMs, 'ms');
    figure('consolidate.read_peak_rss', mb(phasePeak), 'MB');
    progress('regenerating');
    const version = (await consolidatedReport(db.kysely, tree, campaign, false, false)).version;
    const [, regenerateMs] = await timed(() =>
      regenerateConsolidated(db.kysely, tree, coordinator, campaign, { version }),
    );
    figure('consolidate.regenerate_ms', regenerateMs, 'ms');
    figure('consolidate.regenerate_peak_rss', mb(phasePeak), 'MB');
    progress('rendering the DOCX');
    const [docx, docxMs] = await timed(async () =>
      renderConsolidated(
        campaign,
        await consolidatedReport(db.kysely, tree, campaign, true, false),
        tree,
        'docx',
      ),
    );
    figure('consolidate.docx_ms', docxMs, 'ms');
    figure('consolidate.docx_peak_rss', mb(phasePeak), 'MB');
    figure('consolidate.total_ms', readMs + regenerateMs + docxMs, 'ms');
    figure('consolidate.docx_size', Math.round(docx.length / 1024), 'KiB');
  } finally {
    await db.close();
  }
}

function nationalRollUp() {
  progress('national roll-up');
  const rows = generateNationalUnits();
  const nationId = 'nation';
  const nation = {
    id: nationId,
    code: 'VN',
    name: 'Cả nước',
    short_name: null,
    kind: 'other',
    parent_id: null,
    email: null,
    agency_code: null,
    active: 1,
    sort_order: 0,
    version: 1,
  } as Pick<
    UnitsTable,
    | 'id'
    | 'code'
    | 'name'
    | 'short_name'
    | 'kind'
    | 'parent_id'
    | 'email'
    | 'agency_code'
    | 'active'
    | 'sort_order'
    | 'version'
  >;
  const units = [nation, ...rows.map((r) => ({ ...r, parent_id: r.parent_id ?? nationId }))];
  const tree = new UnitTree(1, units);
  const outline = outlineInputSchema.parse(benchOutline());
  let n = 0;
  const withIds = (sections: typeof outline.sections): never =>
    sections.map((s) => ({
      ...s,
      id: `s${n++}`,
      indicators: s.indicators.map((i) => ({ ...i, id: `i${n++}` })),
      children: withIds(s.children as typeof outline.sections),
    })) as never;
  const full = { title: outline.title, summary: outline.summary, sections: withIds(outline.sections) };
  const indicators: ReportIndicator[] = [];
  const walk = (
    list: Array<{ indicators: Array<{ id: string; valueType: string }>; children: unknown[] }>,
  ) => {
    for (const s of list) {
      for (const i of s.indicators) indicators.push({ id: i.id, valueType: i.valueType } as ReportIndicator);
      walk(s.children as typeof list);
    }
  };
  walk(full.sections);
  // Every district and commune reports (the lowest two levels): the units that carry figures.
  const reporting = tree.items.filter((u) => u.kind === 'district' || u.kind === 'commune');
  const reports = reporting.map((u, k) => {
    const random = seededRandom(k + 1);
    const values: Record<string, number> = {};
    for (const i of indicators) values[i.id] = indicatorValue(i, random);
    return { unitId: u.id, values };
  });
  const runs: number[] = [];
  let subtrees = 0;
  for (let r = 0; r < 11; r++) {
    const start = performance.now();
    const totals = indicatorTotals(full, reports, tree, nationId);
    runs.push(performance.now() - start);
    subtrees = totals[0]?.subtrees.length ?? 0;
    sample();
  }
  runs.shift();
  runs.sort((a, b) => a - b);
  figure('rollup.units', tree.items.length, 'units');
  figure('rollup.reporting_units', reports.length, 'units');
  figure('rollup.indicators', indicators.length, 'indicators');
  figure('rollup.subtrees', subtrees, 'subtrees');
  figure('rollup.median_ms', runs[Math.floor(runs.length / 2)] ?? Number.NaN, 'ms');
}

/** The process's peak resident set so far (Linux VmHWM), or the sampled peak elsewhere. */
function peakResident(): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // Not Linux: the sampler's figure.
  }
  sample();
  return peakRss;
}

/** Under this peak RSS the consolidating process meets its target. */
const PEAK_RSS_TARGET_MB = 300;
const DOCX_TARGET_MS = 3000;

/**
 * Each part runs in a process of its own, so each peak RSS is that part's alone: the round set up
 * (1,000 units added, reporting and accepted), the round consolidated, and the roll-up.
 */
async function main(): Promise<number> {
  const [part, dataDir] = process.argv.slice(2);
  try {
    if (part === 'setup') await setUpRound(dataDir as string);
    else if (part === 'consolidate') await consolidateRound(dataDir as string);
    else if (part === 'rollup') nationalRollUp();
  } finally {
    clearInterval(sampler);
  }
  if (part) {
    figure(`${part}.peak_rss`, mb(peakResident()), 'MB');
    process.stdout.write(`${figures.join('\n')}\n`);
    return 0;
  }
  // Each part runs with the heap the server has (`npm run serve`: HEAP_MB, default 512 MB, and a
  // young generation of 8 MB semi-spaces).
  const heap = Number(process.env.HEAP_MB || 512);
  figure('heap_limit', heap, 'MB');
  process.stdout.write(`${figures.join('\n')}\n`);
  const kept = process.env.BENCH_DATA_DIR;
  const dir = kept
    ? path.resolve(kept)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-bench-consolidate-'));
  const child = (name: string, withDir = true) => {
    const args = [
      `--max-old-space-size=${heap}`,
      '--max-semi-space-size=8',
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      name,
    ];
    const out = execFileSync(process.execPath, withDir ? [...args, dir] : args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    process.stdout.write(out);
    return out;
  };
  let consolidated: string;
  try {
    if (kept && fs.existsSync(path.join(dir, 'tongket.db')))
      run.progress(`consolidating the round kept in ${dir}`);
    else {
      fs.mkdirSync(dir, { recursive: true });
      child('setup');
    }
    consolidated = child('consolidate');
  } finally {
    if (!kept) fs.rmSync(dir, { recursive: true, force: true });
  }
  child('rollup', false);
  const value = (name: string) => Number(new RegExp(`^${name}: ([\\d.]+)`, 'm').exec(consolidated)?.[1]);
  const misses = [
    ...(value('consolidate.peak_rss') < PEAK_RSS_TARGET_MB
      ? []
      : [`consolidate.peak_rss ≥ ${PEAK_RSS_TARGET_MB} MB`]),
    ...(value('consolidate.docx_ms') < DOCX_TARGET_MS ? [] : [`consolidate.docx_ms ≥ ${DOCX_TARGET_MS} ms`]),
  ];
  if (misses.length > 0) run.progress(`misses the target: ${misses.join(', ')}`);
  return 0;
}

run.main(main);
