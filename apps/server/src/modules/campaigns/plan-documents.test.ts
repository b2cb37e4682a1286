import { normaliseText, readDocx, readPdf, seedLines } from '@tongket/documents/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';

const normalise = normaliseText;
/** Every non-empty line of seed 000: each sentence, heading and list item of the plan. */
const SEED_LINES = seedLines();

describe.each(DIALECTS)('the Quảng Trị plan as DOCX and PDF reproduces seed 000 (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let id: string;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    const list = (await syt.get('/api/v1/campaigns')).json.items;
    id = list.find((c: { reference: string }) => c.reference === '2519/KH-UBND').id;
  });

  it('has every line of the seed in the DOCX, on A4 with the decree’s margins, in Times New Roman', async () => {
    const res = await syt.get(`/api/v1/campaigns/${id}/documents/plan.docx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('ke-hoach-2519-KH-UBND.docx');
    const docx = await readDocx(res.raw);
    const text = normalise(docx.text);
    expect(SEED_LINES.length).toBeGreaterThan(80);
    expect(SEED_LINES.filter((line) => !text.includes(line))).toEqual([]);
    // The header of the decree, which the seed (a plain-text copy) leaves out.
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG TRỊ',
      'Số: 2519/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Trị, ngày 08 tháng 6 năm 2020',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('DỰ THẢO');
    expect(docx.section.pageWidth).toBe(11906);
    expect(docx.section.pageHeight).toBe(16838);
    const { top, bottom, left, right } = docx.section.margins;
    expect(top).toBeGreaterThanOrEqual(1134);
    expect(top).toBeLessThanOrEqual(1418);
    expect(bottom).toBeGreaterThanOrEqual(1134);
    expect(bottom).toBeLessThanOrEqual(1418);
    expect(left).toBeGreaterThanOrEqual(1701);
    expect(left).toBeLessThanOrEqual(1985);
    expect(right).toBeGreaterThanOrEqual(850);
    expect(right).toBeLessThanOrEqual(1134);
    expect(new Set(docx.fonts)).toEqual(new Set(['Times New Roman']));
    expect(docx.core.title).toBe('KẾ HOẠCH 2519/KH-UBND');
    // Page numbers from page 2: a different first page, and a PAGE field in the other header.
    expect(docx.section.titlePage).toBe(true);
    expect(Object.values(docx.headersXml).some((xml) => /PAGE/.test(xml))).toBe(true);
  });

  it('has every line of the seed in the PDF, with the fonts embedded and numbers from page 2', async () => {
    const res = await syt.get(`/api/v1/campaigns/${id}/documents/plan.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(res.raw);
    // In drawing order, so Nơi nhận is read whole rather than interleaved with the signature beside it.
    const text = normalise(pdf.drawnPages.join(' '));
    expect(SEED_LINES.filter((line) => !text.includes(line))).toEqual([]);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    for (const size of pdf.pageSizes) {
      expect(size.width).toBeCloseTo(595.28, 0);
      expect(size.height).toBeCloseTo(841.89, 0);
    }
    expect(pdf.fonts.some((f) => /Tinos/.test(f))).toBe(true);
    expect(normalise(pdf.pages[0] ?? '').startsWith('ỦY BAN NHÂN DÂN')).toBe(true);
    expect(normalise(pdf.pages[1] ?? '').startsWith('2 ')).toBe(true);
    // The outline starts its own page.
    expect(pdf.pages.some((p) => normalise(p).replace(/^\d+ /, '').startsWith('ĐỀ CƯƠNG BÁO CÁO'))).toBe(
      true,
    );
    expect(pdf.info.Title).toBe('KẾ HOẠCH 2519/KH-UBND');
  });

  it('prints a draft as a draft, without a number, and inline when asked', async () => {
    const draft = (
      await syt.post('/api/v1/campaigns', {
        kind: 'so_ket',
        issuingUnitId: await suite.server.unitId('QT'),
        outlineTemplate: 'quang-tri-2020',
      })
    ).json;
    const res = await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf?inline=1`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="ke-hoach-du-thao.pdf"/);
    // The app's preview frames it; other pages may not.
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    const attachment = await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf?v=2`);
    expect(attachment.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const text = normalise((await readPdf(res.raw)).pages.join(' '));
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('Số:/KH-UBND');
    expect(text).toContain('ĐỀ CƯƠNG BÁO CÁO');

    // A saved change shows in the next download (documents are kept per version, never stale).
    await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { venue: 'Hội trường Tỉnh ủy' },
    });
    const after = await readDocx((await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.docx`)).raw);
    expect(normalise(after.text)).toContain('Địa điểm: Hội trường Tỉnh ủy');
  });

  it('prints section VII of plan 2519 as signed: no topic, length or deadline the text does not already say', async () => {
    const docx = normalise(
      (await readDocx((await syt.get(`/api/v1/campaigns/${id}/documents/plan.docx`)).raw)).text,
    );
    const part = docx.slice(docx.indexOf('VII. TỔ CHỨC THỰC HIỆN'), docx.indexOf('Nơi nhận'));
    for (const added of ['chủ đề:', 'thời lượng', 'thời gian hoàn thành', 'giờ']) {
      expect(part).not.toContain(added);
    }
    expect(part).toContain(
      'Chuẩn bị 01 tham luận về công tác phòng, chống dịch qua biên giới tại Cửa khẩu và các chốt chặn phòng chống dịch ở các đường mòn lối mở dọc biên giới Việt - Lào. 6.',
    );
  });

  it('prints each task’s own deadline, with the hour when it is not the end of the day, and a speech’s topic and length', async () => {
    const draft = (
      await syt.post('/api/v1/campaigns', {
        kind: 'tong_ket',
        issuingUnitId: await suite.server.unitId('QT'),
        outlineTemplate: 'quang-tri-2020',
      })
    ).json;
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: {
        tasks: [
          {
            kind: 'speech',
            unitIds: [await suite.server.unitId('QT-BCHQS')],
            text: 'Chuẩn bị 01 tham luận.',
            topic: 'Công tác tổ chức Khu cách ly tập trung',
            maxMinutes: 10,
            deadline: '2020-06-15T10:00:00Z',
          },
          {
            kind: 'report',
            unitIds: [await suite.server.unitId('QT-HUONGHOA')],
            text: 'Báo cáo tổng kết theo đề cương.',
            deadline: '2020-06-13T23:59:59+07:00',
          },
        ],
        reportDeadline: '2020-06-10T23:59:59+07:00',
        submissionTo: 'Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh',
      },
    });
    expect(saved.status, saved.body).toBe(200);
    const lines = [
      '1. Bộ Chỉ huy Quân sự tỉnh: Chuẩn bị 01 tham luận (chủ đề: Công tác tổ chức Khu cách ly tập trung; thời lượng không quá 10 phút); thời gian hoàn thành: trước 17 giờ 00 ngày 15/6/2020.',
      '2. UBND huyện Hướng Hóa: Báo cáo tổng kết theo đề cương; thời gian hoàn thành: trước ngày 13/6/2020.',
      'trước ngày 10/6/2020 (trừ các nhiệm vụ đã ghi thời gian hoàn thành riêng)',
    ];
    const docx = normalise(
      (await readDocx((await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.docx`)).raw)).text,
    );
    expect(lines.filter((line) => !docx.includes(line))).toEqual([]);
    const pdf = normalise(
      (
        await readPdf((await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf`)).raw)
      ).drawnPages.join(' '),
    );
    expect(lines.filter((line) => !pdf.includes(line))).toEqual([]);
  });

  it('prints the Bình Dương interim round with its tasks and closing request', async () => {
    const bd = await suite.server.login('bd-syt');
    const round = (await bd.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '4865/KH-UBND',
    );
    const docx = await readDocx((await bd.get(`/api/v1/campaigns/${round.id}/documents/plan.docx`)).raw);
    const text = normalise(docx.text);
    for (const phrase of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BÌNH DƯƠNG',
      'Sơ kết công tác phòng, chống dịch COVID-19',
      'Công văn số 8541/CV-VPB1 ngày 10/10/2021',
      'đảm bảo thực hiện xong trước ngày 31/10/2021',
      'Sở Nội vụ:',
      'liên hệ Sở Y tế, Sở Nội vụ để được hướng dẫn cụ thể./.',
      'mẫu đề cương báo cáo sơ kết được đính kèm theo Kế hoạch',
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
