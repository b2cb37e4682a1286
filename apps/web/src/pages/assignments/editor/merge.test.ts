// @vitest-environment jsdom
import { emptyReportContent, type ReportContent } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { applyMerge, type MergeChoice, mergeItems } from './merge.ts';

/**
 * Two people edit one draft: `base` is the stored draft both started from, `stored` what the other
 * one saved since (a newer version), `mine` the copy in this browser.
 */
const content = (over: Partial<ReportContent>): ReportContent => ({ ...emptyReportContent(), ...over });

const base = content({
  sections: { s1: '<p>Tình hình chung</p>', s2: '<p>Kết quả</p>', s3: '<p>Kiến nghị</p>' },
  indicators: { cases: 120, doses: 5000, tests: null },
  topic: 'Vai trò của y tế cơ sở',
  durationMinutes: 10,
  link: '',
});

const summary = (items: ReturnType<typeof mergeItems>) => items.map((i) => [i.key, i.suggested]);

describe('mergeItems: the parts where the two copies differ, and who changed them', () => {
  it('lists nothing when both copies say the same, however the HTML is written', () => {
    const mine = content({
      ...base,
      sections: {
        s1: '<p style="text-align:left"><span>Tình hình&nbsp;chung</span></p>',
        s2: '<p>Kết quả</p><p></p>',
        s3: '<div><p>Kiến nghị</p></div>',
      },
    });
    expect(mergeItems(mine, base, base)).toEqual([]);
  });

  it('suggests each side where only that side changed', () => {
    const mine = content({ ...base, sections: { ...base.sections, s1: '<p>Tình hình chung, đã sửa</p>' } });
    const stored = content({ ...base, sections: { ...base.sections, s2: '<p>Kết quả của người khác</p>' } });
    expect(summary(mergeItems(mine, base, stored))).toEqual([
      ['section:s1', 'mine'],
      ['section:s2', 'stored'],
    ]);
  });

  it('suggests keeping both where both changed one text differently; nothing where they agree', () => {
    const mine = content({
      ...base,
      sections: { ...base.sections, s1: '<p>Bản của tôi</p>', s3: '<p>Cùng một sửa đổi</p>' },
    });
    const stored = content({
      ...base,
      sections: { ...base.sections, s1: '<p>Bản của người khác</p>', s3: '<p>Cùng một sửa đổi</p>' },
    });
    const items = mergeItems(mine, base, stored);
    expect(summary(items)).toEqual([['section:s1', 'both']]);
    expect(items[0]).toMatchObject({
      field: { kind: 'section', id: 's1' },
      rich: true,
      mine: '<p>Bản của tôi</p>',
      stored: '<p>Bản của người khác</p>',
    });
  });

  it('covers sections only one side has written', () => {
    const mine = content({ ...base, sections: { ...base.sections, s4: '<p>Mục mới của tôi</p>' } });
    const stored = content({ ...base, sections: { ...base.sections, s5: '<p>Mục mới của họ</p>' } });
    expect(summary(mergeItems(mine, base, stored))).toEqual([
      ['section:s4', 'mine'],
      ['section:s5', 'stored'],
    ]);
  });

  it('sees a text emptied on the other side as their change', () => {
    const stored = content({ ...base, sections: { s1: base.sections.s1 as string, s2: '<p></p>' } });
    const items = mergeItems(base, base, stored);
    expect(summary(items)).toEqual([
      ['section:s2', 'stored'],
      ['section:s3', 'stored'],
    ]);
  });

  it('compares figures as values: one side or the other, never both; an empty figure is not zero', () => {
    const mine = content({ ...base, indicators: { cases: 121, doses: 5000, tests: 0 } });
    const stored = content({ ...base, indicators: { cases: 122, doses: 5100, tests: null } });
    const items = mergeItems(mine, base, stored);
    expect(items.map((i) => [i.key, i.rich, i.mine, i.stored, i.suggested])).toEqual([
      // Both changed: one's own figure is suggested (a figure cannot be kept twice).
      ['indicator:cases', false, '121', '122', 'mine'],
      ['indicator:doses', false, '5000', '5100', 'stored'],
      ['indicator:tests', false, '0', '', 'mine'],
    ]);
  });

  it('covers the topic, the length and the link of a speech or a documentary', () => {
    const mine = content({ ...base, topic: 'Chủ đề mới', durationMinutes: 12 });
    const stored = content({ ...base, durationMinutes: 15, link: 'https://video.example.vn/phong-su' });
    expect(mergeItems(mine, base, stored).map((i) => [i.key, i.mine, i.stored, i.suggested])).toEqual([
      ['topic', 'Chủ đề mới', 'Vai trò của y tế cơ sở', 'mine'],
      ['duration', '12', '15', 'mine'],
      ['link', '', 'https://video.example.vn/phong-su', 'stored'],
    ]);
  });
});

describe('applyMerge: the stored copy with each differing part as chosen', () => {
  const mine = content({
    ...base,
    sections: { ...base.sections, s1: '<p>Của tôi</p>', s2: '<p>Kết quả, tôi sửa</p>' },
    body: '<p>Bài của tôi</p>',
    indicators: { ...base.indicators, cases: 121 },
    topic: 'Chủ đề của tôi',
  });
  const stored = content({
    ...base,
    sections: { ...base.sections, s1: '<p>Của họ</p>', s3: '<p>Kiến nghị, họ sửa</p>' },
    body: '<p>Bài của họ</p>',
    indicators: { ...base.indicators, doses: 5100 },
    durationMinutes: 15,
  });
  const items = mergeItems(mine, base, stored);

  it('takes the suggestions when the person chooses nothing: no one loses a change', () => {
    const merged = applyMerge(mine, stored, items, {});
    expect(merged).toEqual({
      sections: {
        s1: '<p>Của tôi</p><p>Của họ</p>',
        s2: '<p>Kết quả, tôi sửa</p>',
        s3: '<p>Kiến nghị, họ sửa</p>',
      },
      indicators: { cases: 121, doses: 5100, tests: null },
      body: '<p>Bài của tôi</p><p>Bài của họ</p>',
      topic: 'Chủ đề của tôi',
      durationMinutes: 15,
      link: '',
    });
  });

  it('follows each choice made', () => {
    const choices: Record<string, MergeChoice> = {
      'section:s1': 'stored',
      'section:s2': 'stored',
      'section:s3': 'mine',
      body: 'mine',
      'indicator:doses': 'mine',
      duration: 'mine',
    };
    const merged = applyMerge(mine, stored, items, choices);
    expect(merged.sections).toEqual({ s1: '<p>Của họ</p>', s2: '<p>Kết quả</p>', s3: '<p>Kiến nghị</p>' });
    expect(merged.body).toBe('<p>Bài của tôi</p>');
    expect(merged.indicators).toEqual({ cases: 121, doses: 5000, tests: null });
    expect(merged.durationMinutes).toBe(10);
  });

  it('keeps both without an empty paragraph when one side is blank', () => {
    const blankMine = content({ ...base, sections: { ...base.sections, s1: '<p></p>' } });
    const changed = content({ ...base, sections: { ...base.sections, s1: '<p>Của họ</p>' } });
    const merged = applyMerge(blankMine, changed, mergeItems(blankMine, base, changed), {
      'section:s1': 'both',
    });
    expect(merged.sections.s1).toBe('<p>Của họ</p>');
  });

  it('leaves the stored copy it started from unchanged', () => {
    const before = structuredClone(stored);
    applyMerge(mine, stored, items, { 'section:s1': 'mine', 'indicator:cases': 'mine' });
    expect(stored).toEqual(before);
  });

  it('is the stored copy itself when every part is left as stored', () => {
    const all = Object.fromEntries(items.map((i) => [i.key, 'stored' as const]));
    expect(applyMerge(mine, stored, items, all)).toEqual(stored);
  });
});
