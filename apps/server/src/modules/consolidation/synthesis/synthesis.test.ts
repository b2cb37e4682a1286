import { BINH_DUONG_SEED, seedLines } from '@tongket/documents/testing';
import type { IndicatorTotal, SynthesisSentence } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { addresseeOf, sectionKind } from './evaluation.ts';
import { changePhrase, matchPreviousFigures, type PreviousRound, scopeOf } from './figures.ts';
import { type SynthesisContribution, type SynthesizedSection, synthesizeSection } from './synthesize.ts';
import { synthesizeRound, synthesizeRoundToFit } from './synthesize-round.ts';
import { htmlPieces, isAllCaps, sentenceCase, splitSentences, tokenize } from './text.ts';

const unit = (n: number, name: string, html: string): SynthesisContribution => ({
  unitId: `u${n}`,
  unitName: name,
  submissionId: `s${n}`,
  html,
});

const OPTIONS = { scope: 'toàn tỉnh', expected: 20, submissionOf: new Map<string, string>() };

const results = (contributions: SynthesisContribution[], indicators: IndicatorTotal[] = []) =>
  synthesizeSection({ kind: 'results', contributions, indicators }, OPTIONS);

/** Every sentence the units wrote, as the synthesis reads them. */
const allSources = (contributions: SynthesisContribution[]) =>
  contributions.flatMap((c) => htmlPieces(c.html).map((p) => `${c.unitId}|${p.text}`));

/** Each source sentence is behind a sentence of the draft or in a flag — none is lost — and every source exists. */
function expectTraceable(contributions: SynthesisContribution[], draft: SynthesizedSection) {
  const expected = allSources(contributions);
  const used = draft.sentences.flatMap((s) =>
    s.sources.filter((x) => x.value === undefined).map((x) => `${x.unitId}|${x.text}`),
  );
  const flagged = draft.flags.flatMap((f) => f.texts.map((t) => `${f.unitId}|${t}`));
  for (const s of used) expect(expected).toContain(s);
  for (const s of expected) expect([...used, ...flagged]).toContain(s);
  for (const s of draft.sentences) {
    if (s.kind !== 'heading') expect(s.sources.length).toBeGreaterThan(0);
    for (const src of s.sources) {
      const c = contributions.find((x) => x.unitId === src.unitId);
      expect(c?.submissionId).toBe(src.submissionId);
      expect(c?.unitName).toBe(src.unitName);
    }
  }
  expect(draft.sentences.map((s) => s.id)).toEqual(draft.sentences.map((_, i) => i + 1));
}

const texts = (draft: SynthesizedSection) => draft.sentences.map((s) => s.text);
const sourceUnits = (s: SynthesisSentence | undefined) => [...new Set(s?.sources.map((x) => x.unitName))];

describe('reading Vietnamese report text', () => {
  it('splits paragraphs, list items and line breaks into sentences, not at abbreviations or in figures', () => {
    expect(
      htmlPieces(
        '<p>Đã họp 3 lần. TP. Đông Hà lập 1.250 chốt.</p><ul><li>Một ý;</li><li>Ý khác</li></ul><p>A<br>B c d</p>',
      ).map((p) => p.text),
    ).toEqual(['Đã họp 3 lần.', 'TP. Đông Hà lập 1.250 chốt.', 'Một ý;', 'Ý khác', 'A', 'B c d']);
    expect(splitSentences('Kết quả đạt 98,5%. Tiếp tục duy trì.')).toEqual([
      'Kết quả đạt 98,5%.',
      'Tiếp tục duy trì.',
    ]);
    expect(
      htmlPieces('<table><tr><td>Huyện</td><td>Số chốt</td></tr><tr><td>Cam Lộ</td><td>12</td></tr></table>'),
    ).toEqual([
      { text: 'Huyện | Số chốt', table: true },
      { text: 'Cam Lộ | 12', table: true },
    ]);
  });

  it('tokenises syllables with their diacritics, joins common compounds, drops function words and the unit’s own name', () => {
    expect(
      tokenize('Sở Y tế đã tổ chức cách ly tập trung cho 120 công dân và xét nghiệm', 'Sở Y tế'),
    ).toEqual(['cách ly tập trung', '#', 'công dân', 'xét nghiệm']);
    // Decomposed input compares as the composed one.
    expect(tokenize('Khẩu trang'.normalize('NFD'))).toEqual(tokenize('Khẩu trang'));
    expect(tokenize('khẩu trang')).not.toEqual(tokenize('khấu tráng'));
  });

  it('knows capitals and writes them back in sentence case', () => {
    expect(isAllCaps('ĐÃ TỔ CHỨC 12 CUỘC KIỂM TRA TẠI CHỢ')).toBe(true);
    expect(isAllCaps('Đã tổ chức kiểm tra theo Chỉ thị 16/CT-TTg của COVID-19')).toBe(false);
    expect(sentenceCase('ĐÃ TỔ CHỨC 12 CUỘC KIỂM TRA')).toBe('Đã tổ chức 12 cuộc kiểm tra');
  });
});

describe('themes across units', () => {
  const paraphrases = [
    unit(
      1,
      'Sở Y tế',
      '<p>Tổ chức 12 cuộc kiểm tra việc chấp hành quy định phòng, chống dịch tại chợ, siêu thị.</p>',
    ),
    unit(
      2,
      'Công an tỉnh',
      '<p>Đã tổ chức 8 cuộc kiểm tra việc chấp hành quy định phòng, chống dịch tại chợ và siêu thị.</p>',
    ),
    unit(
      3,
      'UBND huyện Cam Lộ',
      '<p>Các đoàn kiểm tra đã tiến hành 5 cuộc kiểm tra tại chợ, siêu thị về chấp hành quy định phòng dịch.</p><p>Người dân đồng thuận, chấp hành nghiêm giãn cách xã hội.</p>',
    ),
    unit(
      4,
      'UBND huyện Vĩnh Linh',
      '<p>Nhân dân đồng thuận cao, chấp hành nghiêm giãn cách xã hội và khai báo y tế.</p>',
    ),
    unit(5, 'Sở Tài chính', '<p>Cấp bổ sung 2 tỷ đồng cho khu cách ly tại Trường Quân sự tỉnh.</p>'),
  ];

  it('groups similar sentences of different units into one theme listing every unit, and keeps different ones apart', () => {
    const draft = results(paraphrases);
    const inspections = draft.sentences.find((s) => s.text.includes('cuộc kiểm tra'));
    expect(sourceUnits(inspections)).toEqual(['Sở Y tế', 'Công an tỉnh', 'UBND huyện Cam Lộ']);
    expect(inspections?.units).toBe(3);
    // The figures of the same thing are added up, and who reported it is said.
    expect(inspections?.text).toContain('tổng cộng 25 cuộc kiểm tra');
    // More than two: the count, never a list that trails off in a signed report; the names are in the sources.
    expect(inspections?.text).toMatch(/\(3 đơn vị\)\.$/);
    const consent = draft.sentences.find((s) => s.text.includes('đồng thuận'));
    expect(sourceUnits(consent)).toEqual(['UBND huyện Cam Lộ', 'UBND huyện Vĩnh Linh']);
    expect(consent?.text).toMatch(/\(UBND huyện Cam Lộ và UBND huyện Vĩnh Linh\)\.$/);
    // One unit's concrete point (a figure, a named place) stays, as its own.
    const own = draft.sentences.find((s) => s.text.includes('Trường Quân sự tỉnh'));
    expect(own).toMatchObject({ kind: 'item', units: 1 });
    expect(own?.text).toBe('Cấp bổ sung 2 tỷ đồng cho khu cách ly tại Trường Quân sự tỉnh (Sở Tài chính).');
    expect(draft.sentences).toHaveLength(3);
    expectTraceable(paraphrases, draft);
  });

  it('writes what every unit repeats once, said of all of them, with the units’ names replaced', () => {
    const names = ['Sở Y tế', 'Công an tỉnh', 'Tỉnh đoàn', 'Sở Nội vụ'];
    const contributions = names.map((name, i) =>
      unit(
        i,
        name,
        `<p>${name} đã quán triệt các chỉ thị của Thủ tướng Chính phủ; ban hành ${i + 5} văn bản chỉ đạo.</p><p>Chế độ trực 24/24 giờ được duy trì nghiêm túc.</p>`,
      ),
    );
    const draft = results(contributions);
    expect(texts(draft)).toEqual([
      'Các cơ quan, đơn vị đã quán triệt các chỉ thị của Thủ tướng Chính phủ; ban hành tổng cộng 26 văn bản chỉ đạo (tất cả 4 đơn vị).',
      'Chế độ trực 24/24 giờ được duy trì nghiêm túc (tất cả 4 đơn vị).',
    ]);
    expect(draft.outputChars).toBeLessThan(draft.inputChars / 2);
    expectTraceable(contributions, draft);
  });
});

describe('figures as sentences', () => {
  const total: IndicatorTotal = {
    indicatorId: 'i1',
    sectionLabel: 'I.4',
    name: 'Số người đã cách ly tập trung',
    unit: 'người',
    valueType: 'integer',
    aggregation: 'sum',
    total: 1365,
    reported: 3,
    subtrees: [],
    units: [
      { unitId: 'u1', unitName: 'UBND huyện Vĩnh Linh', value: 43 },
      { unitId: 'u2', unitName: 'Sở Tài chính', value: 1210 },
      { unitId: 'u3', unitName: 'UBND huyện Cam Lộ', value: 112 },
    ],
    ownFigureUnits: [],
  };

  it('states the total, the units reporting, the highest and the lowest, each figure traceable to its unit', () => {
    const submissionOf = new Map([
      ['u1', 's1'],
      ['u2', 's2'],
      ['u3', 's3'],
    ]);
    const draft = synthesizeSection(
      { kind: 'results', contributions: [], indicators: [total] },
      { ...OPTIONS, expected: 14, submissionOf },
    );
    expect(draft.sentences).toEqual([
      {
        id: 1,
        kind: 'figure',
        text: 'Số người đã cách ly tập trung toàn tỉnh: 1.365 người; 3/14 đơn vị báo cáo; cao nhất là Sở Tài chính (1.210), thấp nhất là UBND huyện Vĩnh Linh (43).',
        units: 3,
        sources: [
          {
            unitId: 'u1',
            unitName: 'UBND huyện Vĩnh Linh',
            submissionId: 's1',
            text: 'Số người đã cách ly tập trung: 43 người',
            value: 43,
          },
          {
            unitId: 'u2',
            unitName: 'Sở Tài chính',
            submissionId: 's2',
            text: 'Số người đã cách ly tập trung: 1.210 người',
            value: 1210,
          },
          {
            unitId: 'u3',
            unitName: 'UBND huyện Cam Lộ',
            submissionId: 's3',
            text: 'Số người đã cách ly tập trung: 112 người',
            value: 112,
          },
        ],
      },
    ]);
    expect(draft.sentences[0]?.sources.reduce((n, s) => n + (s.value ?? 0), 0)).toBe(total.total);
  });

  it('says a maximum and a mean as such, one unit’s figure as its own, and the round’s scope by its issuer', () => {
    const one = synthesizeSection(
      {
        kind: 'results',
        contributions: [],
        indicators: [
          {
            ...total,
            aggregation: 'average',
            total: 2.5,
            valueType: 'decimal',
            unit: '%',
            name: 'Tỷ lệ tiêm',
            units: [total.units[0] as IndicatorTotal['units'][number]],
            reported: 1,
          },
        ],
      },
      { ...OPTIONS, expected: null },
    );
    expect(one.sentences[0]?.text).toBe(
      'Tỷ lệ tiêm toàn tỉnh: bình quân 2,5 %; 1 đơn vị báo cáo; do UBND huyện Vĩnh Linh báo cáo.',
    );
    expect(scopeOf('UBND tỉnh Quảng Trị')).toBe('toàn tỉnh');
    expect(scopeOf('UBND huyện Hướng Hóa')).toBe('toàn huyện');
    expect(scopeOf('UBND xã Tân Hợp')).toBe('toàn xã');
    expect(scopeOf('Sở Y tế')).toBe('các đơn vị');
  });

  it('leaves out a theme’s clause that says an indicator total again, its sources joining the figure sentence', () => {
    const contributions = total.units.map((u, i) =>
      unit(
        i + 1,
        u.unitName,
        `<p>Tiếp nhận và quản lý ${u.value} công dân tại khu cách ly; bảo đảm hậu cần, an ninh trật tự tại các khu cách ly.</p>`,
      ),
    );
    const draft = synthesizeSection(
      {
        kind: 'results',
        contributions,
        indicators: [{ ...total, units: total.units.map((u, i) => ({ ...u, unitId: `u${i + 1}` })) }],
      },
      { ...OPTIONS, submissionOf: new Map(contributions.map((c) => [c.unitId, c.submissionId])) },
    );
    expect(texts(draft)).toEqual([
      expect.stringMatching(/^Số người đã cách ly tập trung toàn tỉnh: 1\.365 người/),
      'Bảo đảm hậu cần, an ninh trật tự tại các khu cách ly (tất cả 3 đơn vị).',
    ]);
    expectTraceable(contributions, draft);
  });
});

describe('the change against the previous round', () => {
  const zones: IndicatorTotal = {
    indicatorId: 'now-zones',
    sectionLabel: 'I.4',
    name: 'Số khu cách ly tập trung',
    unit: 'khu',
    valueType: 'integer',
    aggregation: 'sum',
    total: 37,
    reported: 2,
    subtrees: [],
    units: [
      { unitId: 'u1', unitName: 'UBND huyện Vĩnh Linh', value: 30 },
      { unitId: 'u2', unitName: 'UBND huyện Cam Lộ', value: 7 },
    ],
    ownFigureUnits: [],
  };
  /** The round this one was cloned from: its outline's indicators got other ids. */
  const before = (totals: Array<Partial<IndicatorTotal>>): PreviousRound => ({
    campaignId: 'c-2020',
    label: 'Tổng kết năm 2020, 2519/KH-UBND',
    unitId: 'qt',
    unitName: 'UBND tỉnh Quảng Trị',
    totals: totals.map((t, i) => ({
      ...zones,
      indicatorId: `then-${i}`,
      units: [{ unitId: 'u9', unitName: 'UBND huyện Gio Linh', value: t.total ?? 0 }],
      ...t,
    })),
  });
  const sentenceWith = (previousRound: PreviousRound | null, indicators = [zones]) =>
    synthesizeRound({
      outline: {
        sections: [
          {
            id: 'sec',
            title: 'Công tác cách ly tập trung',
            required: false,
            guidance: '',
            children: [],
            indicators: indicators.map((t) => ({
              id: t.indicatorId,
              name: t.name,
              unit: t.unit,
              valueType: t.valueType,
              aggregation: t.aggregation,
              required: false,
            })),
          },
        ],
      },
      contributions: new Map(),
      indicators,
      issuingUnitName: 'UBND tỉnh Quảng Trị',
      expected: 2,
      previousRound,
    }).get('sec')?.sentences;

  it('states an increase with its share and the previous total, which is one of the sentence’s sources', () => {
    const [sentence] = sentenceWith(before([{ total: 25 }])) ?? [];
    expect(sentence?.text).toBe(
      'Số khu cách ly tập trung toàn tỉnh: 37 khu, tăng 12 khu (+48,0 %) so với kỳ trước (25 khu); 2/2 đơn vị báo cáo; cao nhất là UBND huyện Vĩnh Linh (30), thấp nhất là UBND huyện Cam Lộ (7).',
    );
    expect(sentence?.units).toBe(2);
    expect(sentence?.sources.at(-1)).toEqual({
      unitId: 'qt',
      unitName: 'UBND tỉnh Quảng Trị',
      submissionId: '',
      text: 'Số khu cách ly tập trung toàn tỉnh kỳ trước (Tổng kết năm 2020, 2519/KH-UBND): 25 khu',
      value: 25,
      campaignId: 'c-2020',
    });
    // The units' figures still add up to the total; the previous total stands apart.
    const own = sentence?.sources.filter((s) => s.campaignId === undefined) ?? [];
    expect(own.reduce((n, s) => n + (s.value ?? 0), 0)).toBe(37);
  });

  it('states a decrease and no change, matching the indicator by its name whatever its case and marks', () => {
    expect(sentenceWith(before([{ total: 40 }]))?.[0]?.text).toContain(
      'toàn tỉnh: 37 khu, giảm 3 khu (-7,5 %) so với kỳ trước (40 khu); 2/2',
    );
    expect(sentenceWith(before([{ total: 37, name: 'SỐ KHU CÁCH LY TẬP TRUNG:' }]))?.[0]?.text).toContain(
      'toàn tỉnh: 37 khu, không thay đổi so với kỳ trước; 2/2',
    );
    // From nothing: the increase, without a share of zero.
    expect(sentenceWith(before([{ total: 0 }]))?.[0]?.text).toContain(
      '37 khu, tăng 37 khu so với kỳ trước (0 khu);',
    );
    // A rate's change in its own points, not as a share of a share.
    expect(changePhrase(97.25, 95.5, '%', 'decimal')).toBe('tăng 1,75 % so với kỳ trước (95,5 %)');
    expect(changePhrase(1_250_000, 1_000_000, 'đồng', 'money')).toBe(
      'tăng 250.000 đồng (+25,0 %) so với kỳ trước (1.000.000 đồng)',
    );
  });

  it('says nothing of a change without a previous round, or for an indicator it did not count the same way', () => {
    const plain =
      'Số khu cách ly tập trung toàn tỉnh: 37 khu; 2/2 đơn vị báo cáo; cao nhất là UBND huyện Vĩnh Linh (30), thấp nhất là UBND huyện Cam Lộ (7).';
    expect(sentenceWith(null)?.[0]?.text).toBe(plain);
    // The indicator missing before, named otherwise, counted in another unit or by another rule, or with no figure.
    for (const other of [
      [{ name: 'Số người đã cách ly tập trung', total: 25 }],
      [{ unit: 'điểm', total: 25 }],
      [{ aggregation: 'max' as const, total: 25 }],
      [{ total: null, units: [] }],
      [],
    ]) {
      const [sentence] = sentenceWith(before(other)) ?? [];
      expect(sentence?.text).toBe(plain);
      expect(sentence?.sources.some((s) => s.campaignId)).toBe(false);
    }
  });

  it('matches by id first, and by the section’s number when two indicators share the name', () => {
    const twice = before([
      { sectionLabel: 'I.2', total: 5 },
      { sectionLabel: 'I.4', total: 30 },
    ]);
    expect(matchPreviousFigures([zones], twice).get('now-zones')?.value).toBe(30);
    expect(
      matchPreviousFigures(
        [zones],
        before([{ indicatorId: 'now-zones', name: 'Khu cách ly', total: 20 }]),
      ).get('now-zones')?.value,
    ).toBe(20);
    // Two of the same name and neither in the same section: no guess.
    expect(
      matchPreviousFigures(
        [zones],
        before([
          { sectionLabel: 'I.2', total: 5 },
          { sectionLabel: 'I.3', total: 30 },
        ]),
      ).size,
    ).toBe(0);
  });
});

describe('evaluation sections in the agency’s voice', () => {
  it('tells evaluation sections by their titles or their parent’s', () => {
    expect(sectionKind('Đề xuất, kiên nghị')).toBe('proposals');
    expect(sectionKind('Bài học kinh nghiệm')).toBe('lessons');
    expect(sectionKind('Thuận lợi', ['ĐÁNH GIÁ, NHẬN XÉT'])).toBe('assessment');
    expect(sectionKind('Công tác tuyên truyền:', ['KẾT QUẢ TRIỂN KHAI'])).toBe('results');
  });

  it('groups proposals by whom they ask, drops the unit speaking of itself, and counts the units', () => {
    expect(addresseeOf('Kiến nghị Bộ Y tế hỗ trợ máy xét nghiệm')).toBe('central');
    expect(addresseeOf('Đề nghị UBND tỉnh ban hành mức chi')).toBe('province');
    expect(addresseeOf('Đề nghị Sở Tài chính cấp kinh phí')).toBe('departments');
    expect(addresseeOf('Đề nghị sớm ban hành quy định')).toBe('other');
    const contributions = [
      unit(1, 'Sở Y tế', '<p>Đơn vị đề nghị Bộ Y tế bổ sung sinh phẩm xét nghiệm cho tuyến tỉnh.</p>'),
      unit(
        2,
        'Công an tỉnh',
        '<p>Đề nghị UBND tỉnh sớm ban hành mức chi hỗ trợ cho lực lượng trực chốt.</p>',
      ),
      unit(
        3,
        'UBND huyện Cam Lộ',
        '<p>Đề nghị UBND tỉnh sớm ban hành mức chi hỗ trợ lực lượng trực chốt.</p>',
      ),
      unit(4, 'Sở Tài chính', '<p>Kiến nghị Bộ Y tế bổ sung sinh phẩm xét nghiệm cho tuyến tỉnh.</p>'),
      unit(
        5,
        'Tỉnh đoàn',
        '<p>Đề nghị UBND tỉnh sớm ban hành mức chi hỗ trợ lực lượng trực chốt kiểm soát dịch.</p>',
      ),
    ];
    const draft = synthesizeSection({ kind: 'proposals', contributions, indicators: [] }, OPTIONS);
    expect(draft.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Đối với Chính phủ, Ban Chỉ đạo quốc gia, Bộ Y tế và các bộ, ngành Trung ương:'],
      ['theme', 'Đề nghị Bộ Y tế bổ sung sinh phẩm xét nghiệm cho tuyến tỉnh (Sở Y tế và Sở Tài chính).'],
      ['heading', 'Đối với Tỉnh ủy, UBND tỉnh, Ban Chỉ đạo tỉnh:'],
      ['theme', expect.stringMatching(/^Đề nghị UBND tỉnh sớm ban hành mức chi hỗ trợ .*\(3 đơn vị\)\.$/)],
    ]);
    expect(draft.html).toContain('<p><em>Đối với Tỉnh ủy, UBND tỉnh, Ban Chỉ đạo tỉnh:</em></p>');
    expectTraceable(contributions, draft);
  });
});

describe('bad input', () => {
  it('flags empty sections and keeps going', () => {
    const contributions = [
      unit(1, 'Sở Y tế', '<p></p>'),
      unit(2, 'Công an tỉnh', '<p>Không có.</p>'),
      unit(3, 'Tỉnh đoàn', '<p>Đã lập 12 đội thanh niên tình nguyện.</p>'),
    ];
    const draft = results(contributions);
    expect(draft.flags.map((f) => [f.kind, f.unitName, f.texts])).toEqual([
      ['empty', 'Sở Y tế', []],
      ['empty', 'Công an tỉnh', ['Không có.']],
    ]);
    expect(texts(draft)).toEqual(['Đã lập 12 đội thanh niên tình nguyện (Tỉnh đoàn).']);
    expect(results([]).sentences).toEqual([]);
    expectTraceable(contributions, draft);
  });

  it('takes a unit that pasted another’s text as one theme with both units, and flags the copy', () => {
    const text =
      '<p>Tổ chức 14 lớp tập huấn cho nhân viên y tế thôn bản tại xã Hướng Phùng.</p><p>Lập 3 tổ giám sát người qua lại lối mở La Lay.</p>';
    const contributions = [
      unit(1, 'UBND huyện Hướng Hóa', text),
      unit(2, 'UBND huyện Đakrông', text),
      unit(3, 'Sở Y tế', '<p>Chỉ đạo các bệnh viện sẵn sàng thu dung.</p>'),
    ];
    const draft = results(contributions);
    const copied = draft.flags.filter((f) => f.kind === 'copied');
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatchObject({ unitName: 'UBND huyện Đakrông' });
    expect(copied[0]?.message).toContain('Trùng nguyên văn với báo cáo của UBND huyện Hướng Hóa');
    const training = draft.sentences.filter((s) => s.text.includes('lớp tập huấn'));
    expect(training).toHaveLength(1);
    expect(sourceUnits(training[0])).toEqual(['UBND huyện Hướng Hóa', 'UBND huyện Đakrông']);
    // The same figure twice is not added up.
    expect(training[0]?.text).toContain('Tổ chức 14 lớp tập huấn');
    expectTraceable(contributions, draft);
  });

  it('compares text in capitals as any other, writes it in sentence case and flags it', () => {
    const contributions = [
      unit(1, 'Sở Y tế', '<p>ĐÃ TỔ CHỨC TẬP HUẤN CHO CÁN BỘ Y TẾ CƠ SỞ VỀ SÀNG LỌC, PHÂN LUỒNG.</p>'),
      unit(2, 'Công an tỉnh', '<p>ĐÃ TỔ CHỨC TẬP HUẤN CHO CÁN BỘ Y TẾ CƠ SỞ VỀ SÀNG LỌC VÀ PHÂN LUỒNG.</p>'),
      unit(3, 'Tỉnh đoàn', '<p>TRIỂN KHAI MÔ HÌNH TỔ COVID CỘNG ĐỒNG Ở MỌI THÔN.</p>'),
    ];
    const draft = results(contributions);
    expect(texts(draft)).toEqual([
      'Đã tổ chức tập huấn cho cán bộ y tế cơ sở về sàng lọc, phân luồng (Sở Y tế và Công an tỉnh).',
      'Triển khai mô hình tổ covid cộng đồng ở mọi thôn (Tỉnh đoàn).',
    ]);
    expect(draft.flags.filter((f) => f.kind === 'all_caps').map((f) => f.unitName)).toEqual([
      'Sở Y tế',
      'Công an tỉnh',
      'Tỉnh đoàn',
    ]);
    expectTraceable(contributions, draft);
  });

  it('completes on a huge report, flags what it did not read or left out, and loses no sentence', () => {
    const measures = Array.from(
      { length: 600 },
      (_, i) =>
        `<p>Biện pháp riêng số ${i + 1}: lập chốt ở thôn ${String.fromCharCode(65 + (i % 26))}${i} với ${i + 3} người trực.</p>`,
    ).join('');
    const wall = `<p>${'chưa ngắt câu '.repeat(400)}</p>`;
    const contributions = [
      unit(1, 'UBND huyện Gio Linh', measures + wall),
      unit(2, 'Sở Y tế', '<p>Chỉ đạo các bệnh viện sẵn sàng thu dung điều trị.</p>'),
      unit(3, 'Sở Tài chính', '<table><tr><td>Khoản chi</td><td>Số tiền</td></tr></table>'),
    ];
    const started = performance.now();
    const draft = results(contributions);
    expect(performance.now() - started).toBeLessThan(2000);
    const kinds = draft.flags.map((f) => `${f.kind}:${f.unitName}`);
    expect(kinds).toContain('too_long:UBND huyện Gio Linh');
    expect(kinds).toContain('trimmed:UBND huyện Gio Linh');
    expect(kinds).toContain('table:Sở Tài chính');
    expect(draft.outputChars).toBeLessThanOrEqual(Math.max(900, draft.inputChars * 0.15) + 200);
    expect(draft.sentences.some((s) => s.text.includes('thu dung'))).toBe(true);
    expectTraceable(contributions, draft);
  });

  describe('text in the wrong section', () => {
    const section = (id: string, title: string) => ({
      id,
      title,
      required: false,
      guidance: '',
      indicators: [],
      children: [],
    });
    const outline = {
      sections: [
        section('inspect', 'Công tác kiểm tra, giám sát'),
        section('cure', 'Công tác điều trị'),
        section('lessons', 'Bài học kinh nghiệm'),
        section('asks', 'Kiến nghị, đề xuất'),
      ],
    };
    const names = ['Sở Y tế', 'Công an tỉnh', 'Sở Tài chính', 'UBND huyện Gio Linh', 'UBND huyện Cam Lộ'];
    /** What every unit writes where it belongs, in its own words. */
    const texts = (i: number): Record<string, string> => ({
      inspect: `<p>Tổ chức ${i + 3} đoàn kiểm tra việc chấp hành quy định phòng dịch tại chợ, siêu thị và cơ sở kinh doanh.</p>`,
      cure: `<p>Bệnh viện tiếp nhận, điều trị khỏi ${i + 4} ca bệnh, chuyển tuyến kịp thời ca nặng.</p>`,
      lessons: [
        '<p>Phát hiện sớm, khoanh vùng và xử lý dứt điểm ổ dịch ngay từ ca bệnh đầu tiên là yếu tố quyết định.</p>',
        '<p>Khoanh vùng, xử lý dứt điểm ổ dịch từ ca đầu tiên là bài học quyết định thành công.</p>',
      ][i % 2] as string,
      asks: [
        '<p>Đề nghị Bộ Y tế bổ sung sinh phẩm xét nghiệm và máy xét nghiệm RT-PCR cho tuyến tỉnh.</p>',
        '<p>Kiến nghị Bộ Y tế hỗ trợ sinh phẩm, máy xét nghiệm RT-PCR cho tuyến tỉnh.</p>',
      ][i % 2] as string,
    });
    const misplacedAsk =
      'Kính đề nghị Bộ Y tế sớm cấp bổ sung sinh phẩm, máy xét nghiệm RT-PCR cho tuyến tỉnh.';
    const misplacedResult =
      'Năm qua đã tổ chức 9 đoàn kiểm tra chấp hành quy định phòng dịch tại chợ, siêu thị.';
    const round = (extra: Record<string, Record<number, string>>, sections = outline.sections) => {
      const contributions = new Map(
        sections.map((s) => [
          s.id,
          names.map((name, i) =>
            unit(
              i + 1,
              name,
              (texts(i)[s.id] ?? '') + (extra[s.id]?.[i] ? `<p>${extra[s.id]?.[i]}</p>` : ''),
            ),
          ),
        ]),
      );
      const drafts = synthesizeRound({
        outline: { sections },
        contributions,
        indicators: [],
        issuingUnitName: 'UBND tỉnh Quảng Trị',
        expected: names.length,
      });
      return { contributions, drafts };
    };
    const wrong = (draft: SynthesizedSection | undefined) =>
      draft?.flags.filter((f) => f.kind === 'wrong_section') ?? [];

    it('flags a proposal under the results and results under the lessons, naming where each belongs', () => {
      const { contributions, drafts } = round({
        inspect: { 1: misplacedAsk },
        lessons: { 3: misplacedResult },
      });
      expect(wrong(drafts.get('inspect'))).toEqual([
        {
          kind: 'wrong_section',
          unitId: 'u2',
          unitName: 'Công an tỉnh',
          submissionId: 's2',
          message:
            'Có vẻ thuộc mục IV “Kiến nghị, đề xuất”: gần với nội dung các đơn vị khác viết ở mục đó hơn ở mục này. Vẫn được tổng hợp ở mục này; đề nghị xem lại.',
          texts: [misplacedAsk],
          belongsTo: 'asks',
        },
      ]);
      expect(wrong(drafts.get('lessons'))).toMatchObject([
        { unitName: 'UBND huyện Gio Linh', texts: [misplacedResult], belongsTo: 'inspect' },
      ]);
      expect(wrong(drafts.get('lessons'))[0]?.message).toContain('mục I “Công tác kiểm tra, giám sát”');
      // Nothing else is flagged so: the units' own text is where it belongs.
      expect(wrong(drafts.get('cure'))).toEqual([]);
      expect(wrong(drafts.get('asks'))).toEqual([]);
      // The text stays where the unit wrote it, traceable; nothing is lost.
      for (const id of ['inspect', 'lessons']) {
        const draft = drafts.get(id) as SynthesizedSection;
        expectTraceable(contributions.get(id) ?? [], draft);
        expect(draft.sentences.flatMap((s) => s.sources.map((x) => x.text))).toContain(
          id === 'inspect' ? misplacedAsk : misplacedResult,
        );
      }
    });

    it('leaves alone a unit’s own point, text between two results sections, and an outline of one kind', () => {
      const own = 'Tại thôn Tà Rùng, lập tổ tự quản 12 hộ dân giám sát người qua lại đường mòn biên giới.';
      const treatment = 'Bệnh viện đã điều trị khỏi 7 ca bệnh, chuyển tuyến kịp thời các ca nặng.';
      const { drafts } = round({ lessons: { 2: own }, inspect: { 0: treatment } });
      for (const draft of drafts.values()) expect(wrong(draft)).toEqual([]);
      const results = round({ inspect: { 1: misplacedAsk } }, outline.sections.slice(0, 2));
      for (const draft of results.drafts.values()) expect(wrong(draft)).toEqual([]);
    });
  });
});

describe('fitting a round to a length', () => {
  const names = ['UBND huyện Vĩnh Linh', 'UBND huyện Cam Lộ', 'UBND huyện Gio Linh', 'Công an tỉnh'];
  const zones: IndicatorTotal = {
    indicatorId: 'zones',
    sectionLabel: 'I',
    name: 'Số khu cách ly tập trung',
    unit: 'khu',
    valueType: 'integer',
    aggregation: 'sum',
    total: 37,
    reported: 2,
    subtrees: [],
    units: [
      { unitId: 'u1', unitName: names[0] as string, value: 30 },
      { unitId: 'u2', unitName: names[1] as string, value: 7 },
    ],
    ownFigureUnits: [],
  };
  const section = (id: string, title: string, indicators: IndicatorTotal[] = []) => ({
    id,
    title,
    required: false,
    guidance: '',
    children: [],
    indicators: indicators.map((t) => ({
      id: t.indicatorId,
      name: t.name,
      unit: t.unit,
      valueType: t.valueType,
      aggregation: t.aggregation,
      required: false,
    })),
  });
  const outline = {
    sections: [
      section('zones', 'Công tác cách ly tập trung', [zones]),
      section('inspect', 'Công tác kiểm tra'),
    ],
  };
  // What every unit wrote (one theme of all), then points of its own, each in other words.
  const shared = 'Đã quán triệt, triển khai nghiêm túc các văn bản chỉ đạo của Trung ương và của tỉnh.';
  const own = [...seedLines(), ...seedLines(BINH_DUONG_SEED)].filter((l) => l.length > 60);
  const input = () => {
    const contributions = new Map(
      outline.sections.map((s, k) => [
        s.id,
        names.map((name, i) =>
          unit(
            i + 1,
            name,
            `<p>${shared}</p>${[0, 1, 2, 3, 4]
              .map((j) => `<p>${own[(k * 20 + i * 5 + j) % own.length]}.</p>`)
              .join('')}`,
          ),
        ),
      ]),
    );
    return {
      outline,
      contributions,
      indicators: [zones],
      issuingUnitName: 'UBND tỉnh Quảng Trị',
      expected: names.length,
    };
  };
  const byLength = (text: string) => text.length;
  const length = (drafts: Map<string, SynthesizedSection>) =>
    [...drafts.values()].reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.text.length, 0), 0);

  it('without a target, or with one the draft already fits, writes what it writes today', () => {
    const today = synthesizeRound(input());
    const roomy = synthesizeRoundToFit(input(), { limit: length(today) + 1, cost: byLength });
    expect(roomy.fits).toBe(true);
    expect(roomy.cost).toBe(length(today));
    for (const [id, draft] of today) {
      expect(roomy.drafts.get(id)?.html).toBe(draft.html);
      expect(roomy.drafts.get(id)?.flags).toEqual(draft.flags);
    }
  });

  it('fits a target shorter than the default draft, keeping the figures and the shared theme, and losing no text', () => {
    const today = synthesizeRound(input());
    const shortest = synthesizeRoundToFit(input(), { limit: 0, cost: byLength });
    const limit = Math.round((length(today) + shortest.minimum) / 2);
    expect(limit).toBeLessThan(length(today));
    const message = 'Lược bớt để vừa mục tiêu.';
    const fitted = synthesizeRoundToFit(input(), { limit, cost: byLength, message });
    expect(fitted.fits).toBe(true);
    expect(length(fitted.drafts)).toBeLessThanOrEqual(limit);
    expect(length(fitted.drafts)).toBeGreaterThan(shortest.minimum);
    expect(fitted.cost).toBe(length(fitted.drafts));
    const zonesDraft = fitted.drafts.get('zones') as SynthesizedSection;
    expect(zonesDraft.sentences[0]?.kind).toBe('figure');
    for (const [id, draft] of fitted.drafts) {
      expect(texts(draft).some((t) => t.startsWith(shared.slice(0, 30)))).toBe(true);
      expectTraceable(input().contributions.get(id) ?? [], draft);
      const trimmed = draft.flags.filter((f) => f.kind === 'trimmed');
      expect(trimmed.length).toBeGreaterThan(0);
      for (const f of trimmed) expect(f.message).toBe(message);
    }
    // Each section gives up text in proportion to what it had: neither is cut to nothing.
    for (const id of ['zones', 'inspect']) {
      expect((fitted.drafts.get(id) as SynthesizedSection).sentences.length).toBeGreaterThan(
        (shortest.drafts.get(id) as SynthesizedSection).sentences.length,
      );
    }
  });

  it('when even what must stay passes the target, writes the shortest draft and says it does not fit', () => {
    const fitted = synthesizeRoundToFit(input(), { limit: 50, cost: byLength });
    expect(fitted.fits).toBe(false);
    expect(fitted.minimum).toBeGreaterThan(50);
    expect(fitted.cost).toBe(fitted.minimum);
    for (const [id, draft] of fitted.drafts) {
      // The figure sentence and what several units share (the essential themes); no unit's own point.
      expect(draft.sentences[0]?.kind).toBe(id === 'zones' ? 'figure' : 'theme');
      expect(draft.sentences.every((s) => s.kind === 'figure' || (s.kind === 'theme' && s.units >= 2))).toBe(
        true,
      );
      expect(texts(draft).some((t) => t.startsWith(shared.slice(0, 30)))).toBe(true);
      expectTraceable(input().contributions.get(id) ?? [], draft);
    }
  });

  it('measures the written whole when asked, and tightens until it fits', () => {
    const today = synthesizeRound(input());
    const limit = length(today) - 200;
    let measured = 0;
    // A whole that turns out 150 characters longer than its parts (a layout's waste, say).
    const fitted = synthesizeRoundToFit(input(), {
      limit,
      cost: byLength,
      over: (drafts) => {
        measured++;
        return length(drafts) + 150 - limit;
      },
    });
    expect(fitted.fits).toBe(true);
    expect(measured).toBeGreaterThan(1);
    expect(length(fitted.drafts) + 150).toBeLessThanOrEqual(limit);
  });
});
