import os from 'node:os';
import { type Outline, outlineInputSchema } from '@tongket/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpProblem } from '../src/http/problem.ts';
import { parserNice, parserWorkerPids, setParserLimits } from '../src/lib/uploads/parser-pool.ts';
import { readWorkbook } from '../src/lib/workbook.ts';
import { importWordReport } from '../src/modules/assignments/index.ts';
import { QUANG_TRI_2020 } from '../src/modules/campaigns/index.ts';
import { docxOf, entry, hostileFiles, xlsxOf } from './hostile-files.ts';

/**
 * A time limit no busy machine reaches: only the cases about time limits set a short one. A parser
 * process runs at a lower priority, so on a loaded test machine a job may wait long for the CPU.
 */
const PATIENT = { timeoutMs: 600_000 };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const report = docxOf(
  entry(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Nội dung báo cáo.</w:t></w:r></w:p></w:body></w:document>`,
  ),
);

const hostile = (label: string) => {
  const file = hostileFiles().find((f) => f.label === label);
  if (!file) throw new Error(label);
  return file.bytes;
};

const DELEGATES = {
  what: { vi: 'danh sách đại biểu', en: 'the delegate list' },
  purpose: { vi: 'Danh sách đại biểu', en: 'The delegate list' },
  maxRows: 2000,
};

const outline = (): Outline => {
  const parsed = outlineInputSchema.parse(QUANG_TRI_2020);
  return { title: parsed.title, summary: parsed.summary, sections: [] };
};

describe('the Word import converts in a parser worker', { timeout: 900_000 }, () => {
  beforeEach(() => setParserLimits(PATIENT));
  afterEach(() => setParserLimits({}));

  it('stops a conversion over the time limit with a clear message, then converts the next file', async () => {
    setParserLimits({ timeoutMs: 1 });
    const problem = await importWordReport(report, outline(), { maxBytes: 1024 * 1024 }).catch((e) => e);
    expect(problem).toBeInstanceOf(HttpProblem);
    expect([problem.status, problem.code]).toEqual([422, 'upload_parse_timeout']);
    expect(problem.detail).toContain('giới hạn 1 giây');
    setParserLimits(PATIENT);
    const result = await importWordReport(report, outline(), { maxBytes: 1024 * 1024 });
    expect(JSON.stringify(result)).toContain('<p>Nội dung báo cáo.</p>');
  });
});

describe("what reads past a file's first bytes runs in a parser worker", { timeout: 900_000 }, () => {
  beforeEach(() => setParserLimits(PATIENT));
  afterEach(() => setParserLimits({}));

  it('sends a zip bomb to a worker, where the zip guard inflates it, like any other file', async () => {
    // One worker and no queue: while it has a job, the next zip is refused as busy — which it
    // could not be if the guard had inflated and refused it here.
    setParserLimits({ ...PATIENT, workers: 1, maxWaiting: 0 });
    const first = readWorkbook(xlsxOf(), DELEGATES);
    const workbookBomb = await readWorkbook(
      hostile('xlsx: sheet unpacking to 1 GiB of zeros'),
      DELEGATES,
    ).catch((e) => e);
    const wordBomb = await importWordReport(
      hostile('docx: document unpacking to 1 GiB of zeros'),
      outline(),
      {
        maxBytes: 20 * 1024 * 1024,
      },
    ).catch((e) => e);
    expect((await first).sheets).toHaveLength(1);
    for (const problem of [workbookBomb, wordBomb]) {
      expect(problem).toBeInstanceOf(HttpProblem);
      expect([problem.status, problem.code]).toEqual([503, 'upload_busy']);
    }
    // With the worker free, the guard refuses them there with the same words as ever.
    const refused = await readWorkbook(hostile('xlsx: sheet unpacking to 1 GiB of zeros'), DELEGATES).catch(
      (e) => e,
    );
    expect([refused.status, refused.code]).toEqual([413, 'zip_entry_too_large']);
    expect(refused.detail).toContain('Tệp Excel có thành phần “xl/worksheets/sheet1.xml”');
    const word = await importWordReport(hostile('docx: document unpacking to 1 GiB of zeros'), outline(), {
      maxBytes: 20 * 1024 * 1024,
    }).catch((e) => e);
    expect([word.status, word.code]).toEqual([422, 'docx_too_large_unpacked']);
  });

  it('runs its workers at a lower CPU priority than the server', async () => {
    await readWorkbook(xlsxOf(), DELEGATES);
    const pids = parserWorkerPids();
    expect(pids.length).toBeGreaterThan(0);
    // A larger nice value is a lower priority; 19 is as low as it goes.
    expect(parserNice()).toBe(Math.min(19, os.getPriority() + 10));
    for (const pid of pids) expect(os.getPriority(pid)).toBe(parserNice());
  });
});
