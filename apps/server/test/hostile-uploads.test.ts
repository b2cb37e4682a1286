import { monitorEventLoopDelay } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from './harness.ts';
import { HOSTILE_FILES } from './hostile-files.ts';
import { draftTestRound, issueAwardRound, issueTestRound } from './rounds.ts';

/** Whether a stored name kept a control or invisible character, half a character, or a folder. */
const unsafeName = (name: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name) ||
  [...name].some((ch) => {
    const code = ch.codePointAt(0) as number;
    return (
      code < 0x20 ||
      code === 0x7f ||
      /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff/\\]/.test(ch)
    );
  });

interface Target {
  /** Signed in as the least-privileged role that may upload there. */
  client: Client;
  url: string;
}

describe.each(DIALECTS)('hostile files at every upload endpoint (%s)', { timeout: 900_000 }, (dialect) => {
  const suite = useTestServer(dialect);
  const targets = new Map<string, Target>();

  beforeAll(async () => {
    const syt = await suite.server.login('syt');
    const huonghoa = await suite.server.login('huonghoa');
    const reports = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-HUONGHOA'],
      deadlineInDays: 7,
    });
    const assignments = (await huonghoa.get('/api/v1/assignments')).json.items as Array<{
      id: string;
      campaignId: string;
      kind: string;
    }>;
    const report = assignments.find((a) => a.campaignId === reports.id && a.kind === 'report');
    if (!report) throw new Error('no report assignment');
    const awards = await issueAwardRound(suite.server, syt, { nominationInDays: 5 });
    const nomination = await huonghoa.post(`/api/v1/campaigns/${awards.id}/nominations`, {
      awardGroupId: awards.individuals,
      nomineeKind: 'individual',
      name: 'Trần Thị Hồ Sơ',
      gender: 'female',
      birthYear: 1982,
      position: 'Phó Trưởng phòng',
      workplace: 'Trung tâm Y tế huyện',
    });
    if (nomination.status !== 201) throw new Error(nomination.body);
    // Each upload route in the API document, as the least-privileged role allowed to use it.
    const byRoute: Record<string, Target> = {
      '/api/v1/units/import': { client: suite.admin, url: '/api/v1/units/import' },
      '/api/v1/assignments/{id}/import-docx': {
        client: huonghoa,
        url: `/api/v1/assignments/${report.id}/import-docx`,
      },
      '/api/v1/assignments/{id}/attachments': {
        client: huonghoa,
        url: `/api/v1/assignments/${report.id}/attachments`,
      },
      '/api/v1/campaigns/{id}/nominations/import': {
        client: huonghoa,
        url: `/api/v1/campaigns/${awards.id}/nominations/import?awardGroupId=${awards.individuals}&commit=true`,
      },
      '/api/v1/nominations/{id}/files': {
        client: huonghoa,
        url: `/api/v1/nominations/${nomination.json.id}/files`,
      },
      '/api/v1/campaigns/{id}/conference/delegates/import': {
        client: syt,
        url: `/api/v1/campaigns/${awards.id}/conference/delegates/import?commit=true`,
      },
    };
    // A signing program returns the signed PDF to a one-time link, which takes no session: a draft
    // plan's signing step, its document fetched. The clock stands still so the link (minutes) lasts
    // the test; a refused upload leaves it open.
    suite.server.clock.set(suite.server.clock.nowMs());
    const draft = await draftTestRound(suite.server, syt, {
      reportUnits: ['QT-HUONGHOA'],
      deadlineInDays: 7,
    });
    const session = await syt.post(`/api/v1/campaigns/${draft.id}/signing`, {
      step: 'sign',
      version: draft.version,
    });
    if (session.status !== 201) throw new Error(session.body);
    const local = (url: string) => new URL(url).pathname;
    const fetched = await suite.server.anon.get(local(session.json.fetchUrl));
    if (fetched.status !== 200) throw new Error(fetched.body);
    byRoute['/api/v1/signing/{token}/signed'] = {
      client: suite.server.anon,
      url: local(session.json.uploadUrl),
    };
    for (const [route, target] of Object.entries(byRoute)) targets.set(route, target);
  });

  it('finds every upload endpoint in the API document and knows who may upload there', async () => {
    const doc = (await suite.admin.get('/api/openapi.json')).json as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
    };
    const uploads = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.values(operations).some((op) => op.requestBody?.content?.['multipart/form-data']) ? [path] : [],
    );
    // A new upload route fails here until it is added to the table above, and so to this test.
    expect(uploads.sort()).toEqual([...targets.keys()].sort());
  });

  it('answers every hostile file with a clear 4xx, stays up and keeps its memory bounded', async () => {
    // Made before measuring: building a 100,000-row sheet is the test's own work, not the server's.
    for (const file of HOSTILE_FILES) expect(file.bytes.length).toBeGreaterThan(0);
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    stalls.enable();
    const answers: string[] = [];
    try {
      for (const [route, { client, url }] of targets) {
        for (const file of HOSTILE_FILES) {
          const res = await client.upload(url, file.bytes, file.fileName);
          answers.push(`${route} ← ${file.label}: ${res.status} ${res.json?.code ?? ''}`);
          const where = `${file.label} → ${route}: ${res.status} ${res.body.slice(0, 300)}`;
          if (res.status === 201) {
            // Kept only where a file may be attached, and then under a clean name of its real type.
            expect(file.expect, where).not.toBe('refused');
            expect(route, where).toMatch(/attachments|files$/);
            expect(unsafeName(res.json.fileName), where).toBe(false);
            if (file.expect === 'clean-name') expect(res.json.fileName, where).toMatch(/\.pdf$/);
            else expect(res.json.fileName, where).toBe(file.fileName);
            continue;
          }
          expect(res.status, where).toBeGreaterThanOrEqual(400);
          expect(res.status, where).toBeLessThan(500);
          expect([401, 403, 404], where).not.toContain(res.status);
          expect(res.headers['content-type'], where).toContain('application/problem+json');
          expect(res.json.code, where).toMatch(/^[a-z_]+$/);
          // Vietnamese a person can act on.
          expect(res.json.detail, where).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
        }
        expect((await suite.server.anon.get('/healthz')).status).toBe(200);
      }
    } finally {
      clearInterval(sampler);
      stalls.disable();
    }
    const stallMs = stalls.max / 1e6;
    const growthMb = (peak - baseline) / (1024 * 1024);
    console.info(
      `hostile uploads (${dialect}): ${answers.length} answers, longest event-loop stall ${Math.round(stallMs)} ms, RSS growth ${Math.round(growthMb)} MB`,
    );
    // Bounded: a 1 GiB bomb inflated in this process would add a gigabyte.
    expect(growthMb).toBeLessThan(300);
    // Generous for a busy shared machine; parsing 100,000 rows here blocked the loop for seconds.
    expect(stallMs).toBeLessThan(2000);
  });

  it('says the limit when a file is over the upload size', async () => {
    const limit = suite.server.config.maxUploadBytes;
    const big = Buffer.alloc(limit + 1, 0x20);
    for (const [route, { client, url }] of targets) {
      const res = await client.upload(url, big, 'qua-lon.pdf');
      expect([route, res.status, res.json.code]).toEqual([route, 413, 'file_too_large']);
      expect(res.json.detail).toContain(`tối đa ${Math.round(limit / 1024 / 1024)} MB`);
      expect(res.json.maxBytes).toBe(limit);
    }
    expect((await suite.server.anon.get('/healthz')).status).toBe(200);
  });
});
