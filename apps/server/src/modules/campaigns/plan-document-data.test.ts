import {
  appendixHeadLayout,
  closingLayout,
  headerLayout,
  headingRuns,
  listItemRuns,
  type StackItem,
  titleLayout,
  toRuns,
} from '@tongket/documents/layout';
import { normaliseText, seedLines } from '@tongket/documents/testing';
import { type DocumentBlock, type OfficialDocumentData, officialDocumentSchema } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';
import { issueTestRound } from '../../../test/rounds.ts';

/** The text a reader reads in the model's body blocks, one line per block. */
function blockText(block: DocumentBlock): string {
  const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
  switch (block.kind) {
    case 'paragraph':
      return text(toRuns(block.runs));
    case 'heading':
      return text(headingRuns(block));
    case 'listItem':
      return text(listItemRuns(block));
    case 'table':
      return [...(block.header ?? []), ...block.rows]
        .map((row) => row.map((c) => text(toRuns(c))).join(' '))
        .join('\n');
    default:
      return '';
  }
}

/** What a reader reads in the document, the fixed blocks laid out as the renderers lay them out. */
function documentText(doc: OfficialDocumentData): string {
  const lines = (items: StackItem[]) =>
    items.flatMap((item) => ('runs' in item ? [item.runs.map((r) => r.text).join('')] : []));
  const closing = closingLayout(doc);
  return normaliseText(
    [
      ...headerLayout(doc).columns.flatMap(lines),
      ...lines(titleLayout(doc).items),
      ...doc.body.map(blockText),
      ...(closing?.columns.flatMap(lines) ?? []),
      ...(doc.appendices ?? []).flatMap((a) => [
        ...lines(appendixHeadLayout(a).items),
        ...a.body.map(blockText),
      ]),
    ].join('\n'),
  );
}

const planOf = (client: Client, id: string) => client.get(`/api/v1/campaigns/${id}/plan.document`);

describe.each(DIALECTS)('the plan as a document model for reading in the page (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let bchqs: Client;
  let qt2519: string;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    const list = (await syt.get('/api/v1/campaigns')).json.items;
    qt2519 = list.find((c: { reference: string }) => c.reference === '2519/KH-UBND').id;
  });

  it('holds every line of the signed plan 2519, with its header, signature and outline appendix', async () => {
    const res = await planOf(bchqs, qt2519);
    expect(res.status, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const doc = officialDocumentSchema.parse(res.json);
    expect(doc.header).toEqual({
      issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
      number: '2519/KH-UBND',
      placeDate: 'Quảng Trị, ngày 08 tháng 6 năm 2020',
    });
    expect(doc.docType).toBe('KẾ HOẠCH');
    expect(doc.draft).toBe(false);
    expect(doc.signature).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      name: 'Hoàng Nam',
    });
    expect(
      doc.body
        .filter((b) => b.kind === 'heading' && b.level === 1)
        .map((b) => b.kind === 'heading' && b.label),
    ).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.']);
    expect(doc.appendices?.[0]?.title).toEqual(['ĐỀ CƯƠNG BÁO CÁO']);
    const text = documentText(doc);
    const lines = seedLines();
    expect(lines.length).toBeGreaterThan(80);
    expect(lines.filter((line) => !text.includes(line))).toEqual([]);
  });

  it('is the same document the DOCX is drawn from: a saved change shows at once, a draft says so', async () => {
    const draft = (
      await syt.post('/api/v1/campaigns', {
        kind: 'so_ket',
        issuingUnitId: await suite.server.unitId('QT'),
        outlineTemplate: 'quang-tri-2020',
      })
    ).json;
    const before = (await planOf(syt, draft.id)).json as OfficialDocumentData;
    expect(before.draft).toBe(true);
    expect(before.header.number).toBe(`${'\u00a0'.repeat(12)}/KH-UBND`);
    expect(documentText(before)).not.toContain('Hội trường Tỉnh ủy');
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { venue: 'Hội trường Tỉnh ủy' },
    });
    expect(saved.status).toBe(200);
    const after = (await planOf(syt, draft.id)).json as OfficialDocumentData;
    expect(documentText(after)).toContain('Địa điểm: Hội trường Tỉnh ủy');
    // A unit officer does not learn that a draft exists; the leadership and the board read it.
    expect((await planOf(bchqs, draft.id)).status).toBe(404);
    expect((await planOf(await suite.server.login('lanhdao'), draft.id)).status).toBe(200);
    expect((await planOf(await suite.server.login('tdkt'), draft.id)).status).toBe(200);
  });

  it('answers every role of the province, not another province, and not another unit’s draft round', async () => {
    for (const who of ['syt', 'bchqs', 'huonghoa', 'lanhdao', 'tdkt', 'admin']) {
      const res = await planOf(await suite.server.login(who), qt2519);
      expect(res.status, `${who}: ${res.body}`).toBe(200);
      expect(res.json.header.number).toBe('2519/KH-UBND');
    }
    const bd = await suite.server.login('bd-syt');
    expect((await planOf(bd, qt2519)).status).toBe(404);
    const bdRound = (await bd.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '4865/KH-UBND',
    );
    expect((await planOf(bd, bdRound.id)).status).toBe(200);
    for (const who of ['syt', 'bchqs', 'lanhdao']) {
      expect((await planOf(await suite.server.login(who), bdRound.id)).status, who).toBe(404);
    }
    expect((await suite.server.anon.get(`/api/v1/campaigns/${qt2519}/plan.document`)).status).toBe(401);

    // Hướng Hóa's own lower round, still a draft: its opener reads it, another unit does not.
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-HUONGHOA'],
      deadlineInDays: 10,
      name: 'Đợt có cấp dưới',
    });
    const huonghoa = await suite.server.login('huonghoa');
    const child = await huonghoa.post(`/api/v1/campaigns/${round.id}/children`, {
      reportDeadline: new Date(suite.server.clock.nowMs() + 5 * 86_400_000).toISOString(),
    });
    expect(child.status, child.body).toBe(201);
    const own = await planOf(huonghoa, child.json.id);
    expect(own.status).toBe(200);
    expect(own.json.header.issuingBody).toBe('ỦY BAN NHÂN DÂN\nHUYỆN HƯỚNG HÓA');
    expect((await planOf(bchqs, child.json.id)).status).toBe(404);
  });

  it('records a receiving unit’s opening of the issued plan, as a download does', async () => {
    const round = await issueTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 10 });
    const receipt = async () =>
      (await bchqs.get(`/api/v1/campaigns/${round.id}/distribution`)).json.items[0] as {
        status: string;
        openedBy: string | null;
      };
    expect((await receipt()).openedBy).toBeNull();
    expect((await planOf(bchqs, round.id)).status).toBe(200);
    expect(await receipt()).toMatchObject({ status: 'opened', openedBy: 'bchqs' });
    // The standing agency reading it records nothing for anyone.
    expect((await planOf(syt, round.id)).status).toBe(200);
    expect((await syt.get(`/api/v1/campaigns/${round.id}/distribution`)).json.opened).toBe(1);
  });
});
