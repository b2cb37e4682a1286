import { BINH_DUONG_SEED, readPdf, seedLines } from '@tongket/documents/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';

interface Length {
  targetPages: number | null;
  estimatedPages: number;
  overTarget: boolean;
}

/** The pages of the printed report up to its signature: the indicators' appendix starts a page of its own. */
async function printedPages(client: Client, campaignId: string) {
  const pdf = await client.get(`/api/v1/campaigns/${campaignId}/documents/consolidated.pdf`);
  expect(pdf.status).toBe(200);
  const { pages } = await readPdf(pdf.raw);
  const appendix = pages.findIndex((p) => p.includes('PHỤ LỤC'));
  return { total: pages.length, report: appendix < 0 ? pages.length : appendix };
}

/**
 * A round of four units writing what a plan's own lines say, each unit other lines: points one
 * unit made (kept by the default draft, cut first for a target) rather than the same few themes.
 */
describe.each(DIALECTS)('a length target for the consolidated draft (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let roundId: string;
  const url = () => `/api/v1/campaigns/${roundId}/consolidated`;

  async function officer(username: string, unitCode: string) {
    const res = await suite.admin.post('/api/v1/users', {
      username,
      fullName: `Cán bộ ${unitCode}`,
      role: 'unit',
      unitId: await suite.server.unitId(unitCode),
      password: 'mat-khau-thu-nghiem',
    });
    if (res.status !== 201) throw new Error(res.body);
    return suite.server.login(username, 'mat-khau-thu-nghiem');
  }

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    const units = ['QT-BCHQS', 'QT-HUONGHOA', 'QT-GIOLINH', 'QT-CAMLO'];
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: units,
      deadlineInDays: 10,
      name: 'Đợt thử độ dài bản tổng hợp',
    });
    roundId = round.id;
    const outline = (await syt.get(`/api/v1/campaigns/${roundId}`)).json.outline;
    const clients = [
      await suite.server.login('bchqs'),
      await suite.server.login('huonghoa'),
      await officer(`gl.len.${dialect}`, 'QT-GIOLINH'),
      await officer(`cl.len.${dialect}`, 'QT-CAMLO'),
    ];
    const lines = [...seedLines(), ...seedLines(BINH_DUONG_SEED)].filter((l) => l.length > 40);
    for (const [u, client] of clients.entries()) {
      const owed = (await client.get('/api/v1/assignments')).json.items.find(
        (a: { campaignId: string; kind: string }) => a.campaignId === roundId && a.kind === 'report',
      );
      const content = fullReport(outline);
      Object.keys(content.sections).forEach((id, k) => {
        const own = [0, 1, 2].map((j) => lines[(u + units.length * (3 * k + j)) % lines.length]);
        content.sections[id] = own.map((l) => `<p>${l}.</p>`).join('');
      });
      const sent = await client.post(`/api/v1/assignments/${owed.id}/submit`, { version: 0, content });
      if (sent.status !== 200) throw new Error(sent.body);
    }
  });

  it('refuses a target that is not a whole number of pages from 1 to 200, in Vietnamese', async () => {
    for (const targetPages of [0, 201, 'x', 2.5]) {
      const res = await syt.post(`${url()}/regenerate`, { version: 0, basis: 'submitted', targetPages });
      expect(res.status, String(targetPages)).toBe(400);
      const [error] = res.json.errors;
      expect(error.field).toBe('targetPages');
      expect(error.message).toMatch(/^Số trang mục tiêu/);
    }
    expect((await syt.get(url())).json.version).toBe(0);
  });

  it('fits the draft to the target, keeps the target, and the printed report fits it', async () => {
    const plain = await syt.post(`${url()}/regenerate`, { version: 0, basis: 'submitted' });
    expect(plain.status, plain.body).toBe(200);
    const before: Length = plain.json.length;
    expect(before).toMatchObject({ targetPages: null, overTarget: false });
    // The estimate is the printed report's length.
    const printedBefore = await printedPages(syt, roundId);
    expect(Math.abs(before.estimatedPages - printedBefore.report)).toBeLessThanOrEqual(1);

    // One page is less than the headings alone take: the draft is as short as it can be, and says so.
    const tight = await syt.post(`${url()}/regenerate`, { version: plain.json.version, targetPages: 1 });
    expect(tight.status, tight.body).toBe(200);
    const shortest: Length = tight.json.length;
    expect(shortest).toMatchObject({ targetPages: 1, overTarget: true });
    expect(shortest.estimatedPages).toBeGreaterThan(1);
    expect(shortest.estimatedPages).toBeLessThan(before.estimatedPages - 2);
    expect((await printedPages(syt, roundId)).report).toBeLessThanOrEqual(shortest.estimatedPages + 1);

    // A target between the shortest and the default draft is met, on paper too.
    const target = Math.floor((before.estimatedPages + shortest.estimatedPages) / 2);
    const fitted = await syt.post(`${url()}/regenerate`, {
      version: tight.json.version,
      targetPages: target,
    });
    expect(fitted.status, fitted.body).toBe(200);
    expect(fitted.json.length).toMatchObject({ targetPages: target, overTarget: false });
    expect(fitted.json.length.estimatedPages).toBeLessThanOrEqual(target);
    const printed = await printedPages(syt, roundId);
    expect(printed.report).toBeLessThanOrEqual(target);
    expect(printed.report).toBeGreaterThan(shortest.estimatedPages - 1);
    // The appendix of figures is printed after it, as without a target.
    expect(printed.total - printed.report).toBe(printedBefore.total - printedBefore.report);
    // Every figure sentence stays; what was cut is in the sources, flagged with the target.
    const sources = (await syt.get(`${url()}/sources`)).json;
    const sentences = (kind: string) =>
      sources.sections.flatMap((s: { sentences: Array<{ kind: string }> }) =>
        s.sentences.filter((x) => x.kind === kind),
      );
    expect(sentences('figure').length).toBe(
      plain.json.indicators.filter((i: { reported: number }) => i.reported > 0).length,
    );
    const trimmed = sources.sections.flatMap((s: { flags: Array<{ kind: string; message: string }> }) =>
      s.flags.filter((f) => f.kind === 'trimmed'),
    );
    expect(trimmed.length).toBeGreaterThan(0);
    expect(trimmed.every((f: { message: string }) => f.message.includes(`${target} trang`))).toBe(true);

    // Absent from the body, the target is kept.
    const again = await syt.post(`${url()}/regenerate`, { version: fitted.json.version });
    expect(again.status, again.body).toBe(200);
    expect(again.json.length.targetPages).toBe(target);
    expect(again.json.sections.map((s: { html: string }) => s.html)).toEqual(
      fitted.json.sections.map((s: { html: string }) => s.html),
    );

    // A stale version is refused as before, whatever the target; nothing changes.
    const stale = await syt.post(`${url()}/regenerate`, { version: fitted.json.version, targetPages: 3 });
    expect(stale.status).toBe(409);
    expect((await syt.get(url())).json.length.targetPages).toBe(target);

    // An edited section is kept as written and counted in the length.
    const first = again.json.sections.find((s: { html: string }) => s.html) as { sectionId: string };
    const long = `<p>${'Ban Chỉ đạo tỉnh họp định kỳ, chỉ đạo sát sao công tác phòng, chống dịch. '.repeat(120)}</p>`;
    const edited = await syt.request('PUT', url(), {
      version: again.json.version,
      sections: { [first.sectionId]: long },
    });
    expect(edited.status, edited.body).toBe(200);
    expect(edited.json.length.estimatedPages).toBeGreaterThan(target);
    expect(edited.json.length.overTarget).toBe(true);
    const refit = await syt.post(`${url()}/regenerate`, { version: edited.json.version });
    expect(refit.status, refit.body).toBe(200);
    expect(refit.json.sections.find((s: { sectionId: string }) => s.sectionId === first.sectionId).html).toBe(
      long,
    );
    expect(refit.json.length.estimatedPages).toBeLessThan(edited.json.length.estimatedPages);

    // Null clears it: the default draft again.
    const cleared = await syt.post(`${url()}/regenerate`, { version: refit.json.version, targetPages: null });
    expect(cleared.status, cleared.body).toBe(200);
    expect(cleared.json.length).toMatchObject({ targetPages: null, overTarget: false });
  });
});
