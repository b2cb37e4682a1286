import type { IndicatorTotal } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { appendSources, packSources, parseStoredSources, unpackSources } from './stored-sources.ts';
import { type SynthesisContribution, synthesizeSection } from './synthesis/synthesize.ts';

const unit = (n: number, name: string, html: string): SynthesisContribution => ({
  unitId: `u${n}`,
  unitName: name,
  submissionId: `s${n}`,
  html,
});

const measures = Array.from(
  { length: 30 },
  (_, i) =>
    `<p>Biện pháp riêng số ${i + 1}: lập chốt ở thôn ${String.fromCharCode(65 + i)} với ${i + 3} người trực.</p>`,
).join('');
const contributions = [
  unit(1, 'UBND huyện Gio Linh', `${measures}<p>${'lập chốt kiểm soát ở thôn; '.repeat(120)}</p>`),
  unit(2, 'Sở Y tế', '<p>Chỉ đạo các bệnh viện sẵn sàng thu dung điều trị.</p><p>Kết quả cụ thể:</p>'),
  unit(3, 'Công an tỉnh', '<p>CHỈ ĐẠO CÁC BỆNH VIỆN SẴN SÀNG THU DUNG ĐIỀU TRỊ.</p><p>Không có.</p>'),
  unit(4, 'Sở Tài chính', '<table><tr><td>Khoản chi</td><td>Số tiền</td></tr></table>'),
  unit(5, 'Tỉnh đoàn', '<p>Chỉ đạo các bệnh viện sẵn sàng thu dung điều trị.</p><p>Không có.</p>'),
];
const total: IndicatorTotal = {
  indicatorId: 'i1',
  sectionLabel: 'I.4',
  name: 'Số người đã cách ly tập trung',
  unit: 'người',
  valueType: 'integer',
  aggregation: 'sum',
  total: 155,
  reported: 2,
  subtrees: [],
  units: [
    { unitId: 'u1', unitName: 'UBND huyện Gio Linh', value: 43 },
    { unitId: 'u3', unitName: 'Công an tỉnh', value: 112 },
  ],
  ownFigureUnits: [],
};
const draft = synthesizeSection(
  {
    kind: 'results',
    contributions,
    indicators: [total],
    // Gio Linh's first measure taken to belong to another section: its flag names that section.
    placement: (sentences) =>
      sentences.map((_, i) => (i === 0 ? { id: 'asks', label: 'IV', title: 'Kiến nghị, đề xuất' } : null)),
  },
  {
    scope: 'toàn tỉnh',
    expected: 5,
    submissionOf: new Map(contributions.map((c) => [c.unitId, c.submissionId])),
    maxSentencesPerUnit: 20,
    maxSentenceChars: 500,
    minChars: 100,
    // The round it was cloned from: its total is a source of the figure sentence's change.
    previous: new Map([
      [
        'i1',
        { value: 120, campaignId: 'c0', label: 'Đợt trước, 12/KH-UBND', unitId: 'u0', unitName: 'UBND tỉnh' },
      ],
    ]),
  },
);
const htmlOf = (submissionId: string) =>
  contributions.find((c) => c.submissionId === submissionId)?.html ?? '';

describe('stored sources', () => {
  it('stores each unit once and its sentences by place, and reads back every text', () => {
    // The fixture reaches every kind of source: figures, themes, items, each kind of flag.
    expect(new Set(draft.sentences.map((s) => s.kind))).toEqual(new Set(['figure', 'theme', 'item']));
    expect(new Set(draft.flags.map((f) => f.kind))).toEqual(
      new Set(['too_long', 'trimmed', 'heading', 'all_caps', 'empty', 'table', 'wrong_section']),
    );
    const packed = packSources(draft, draft.readTexts, 500);
    // No sentence a unit wrote is copied into what is stored, only its place; a figure's text is, with its value.
    for (const [, ...texts] of packed.sentences.flatMap((s) => s.sources).filter((x) => x.length === 2)) {
      expect(texts.every((t) => typeof t === 'number')).toBe(true);
    }
    for (const f of packed.flags) expect(f.texts.every((t) => typeof t === 'number')).toBe(true);
    const json = JSON.stringify(packed);
    expect(json).toContain('[1,"Số người đã cách ly tập trung: 112 người",112]');
    expect(packed.units.map(([unitId]) => unitId).sort()).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5']);
    // The previous round's total: that round's id beside its issuing unit, its figure with its value.
    expect(packed.units).toContainEqual(['u0', 'UBND tỉnh', '', 500, 'c0']);
    expect(json).toContain(
      '"Số người đã cách ly tập trung toàn tỉnh kỳ trước (Đợt trước, 12/KH-UBND): 120 người",120]',
    );
    expect(draft.sentences[0]?.sources.at(-1)).toMatchObject({
      campaignId: 'c0',
      submissionId: '',
      value: 120,
    });
    expect(draft.flags.find((f) => f.kind === 'wrong_section')).toMatchObject({
      unitName: 'UBND huyện Gio Linh',
      belongsTo: 'asks',
      texts: [expect.stringContaining('Biện pháp riêng số 1:')],
    });
    expect(unpackSources(parseStoredSources(json), htmlOf)).toEqual({
      sentences: draft.sentences,
      flags: draft.flags,
    });
  });

  it('reads sources stored whole, and appends one section’s sources to another', () => {
    const whole = JSON.stringify({ sentences: draft.sentences, flags: draft.flags });
    const before = parseStoredSources(whole);
    expect(unpackSources(before, () => '')).toEqual({ sentences: draft.sentences, flags: draft.flags });
    const both = unpackSources(appendSources(before, packSources(draft, draft.readTexts, 500)), htmlOf);
    const n = draft.sentences.length;
    expect(both.sentences.map((s) => s.id)).toEqual(
      [...draft.sentences, ...draft.sentences].map((_, i) => i + 1),
    );
    expect(both.sentences.slice(n)).toEqual(draft.sentences.map((s) => ({ ...s, id: s.id + n })));
    expect(both.flags).toEqual([...draft.flags, ...draft.flags]);
  });
});
