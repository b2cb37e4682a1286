import { type Outline, outlineInputSchema } from '@tongket/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { docxOf, entry } from '../../../test/hostile-files.ts';
import { HttpProblem } from '../../http/problem.ts';
import { importWordReport } from '../../modules/assignments/word-import/import-word-report.ts';
import { QUANG_TRI_2020 } from '../../modules/campaigns/outline-templates.ts';
import { setParserLimits } from './parser-pool.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const report = docxOf(
  entry(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Nội dung báo cáo.</w:t></w:r></w:p></w:body></w:document>`,
  ),
);

const outline = (): Outline => {
  const parsed = outlineInputSchema.parse(QUANG_TRI_2020);
  return { title: parsed.title, summary: parsed.summary, sections: [] };
};

describe('the Word import converts in a parser worker', { timeout: 120_000 }, () => {
  afterEach(() => setParserLimits({}));

  it('stops a conversion over the time limit with a clear message, then converts the next file', async () => {
    setParserLimits({ timeoutMs: 1 });
    const problem = await importWordReport(report, outline(), { maxBytes: 1024 * 1024 }).catch((e) => e);
    expect(problem).toBeInstanceOf(HttpProblem);
    expect([problem.status, problem.code]).toEqual([422, 'upload_parse_timeout']);
    expect(problem.detail).toContain('giới hạn 1 giây');
    setParserLimits({});
    const result = await importWordReport(report, outline(), { maxBytes: 1024 * 1024 });
    expect(JSON.stringify(result)).toContain('<p>Nội dung báo cáo.</p>');
  });
});
