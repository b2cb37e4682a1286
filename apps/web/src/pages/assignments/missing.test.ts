// @vitest-environment jsdom
import { emptyReportContent, type Outline } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate.ts';
import { vi as messages } from '../../i18n/vi.ts';
import { missingInDraft, missingLines } from './missing.ts';

const t = translator(messages);
const indicator = (id: string, name: string, required: boolean) => ({
  id,
  name,
  unit: 'người',
  valueType: 'integer' as const,
  aggregation: 'sum' as const,
  required,
});
const section = (
  id: string,
  title: string,
  required: boolean,
  extra: Partial<Outline['sections'][number]> = {},
) => ({
  id,
  title,
  required,
  guidance: '',
  indicators: [],
  children: [],
  ...extra,
});
const outline: Outline = {
  title: 'BÁO CÁO',
  summary: '',
  sections: [
    section('s1', 'Tình hình chung', true, {
      children: [
        section('s11', 'Công tác chỉ đạo:', true),
        section('s12', 'Công tác cách ly', true, {
          indicators: [
            indicator('i1', 'Số người được cách ly', true),
            indicator('i2', 'Số lượt kiểm tra', false),
          ],
        }),
      ],
    }),
    section('s2', 'Kiến nghị', false),
    section('s3', 'Phương hướng', true),
  ],
};

describe('what a draft still lacks', () => {
  it('lists the empty required leaves and figures, as the submit rule does, in one short line', () => {
    const content = { ...emptyReportContent(), sections: { s11: '<p>Đã làm.</p>', s12: '<p> </p>' } };
    const m = missingInDraft('report', outline, content, { required: true, attached: false });
    expect(m.missing.sections.map((s) => s.label)).toEqual(['I.2', 'III']);
    expect(m.missing.indicators.map((i) => i.indicatorId)).toEqual(['i1']);
    expect(missingLines(m, t, 'vi')).toEqual([
      'Còn trống: mục I.2, III; chỉ tiêu “Số người được cách ly”',
      'Cần đính kèm bản PDF đã ký số',
    ]);
  });

  it('says nothing once everything required is there and the signed PDF is attached', () => {
    const content = {
      ...emptyReportContent(),
      sections: { s11: '<p>a</p>', s12: '<p>b</p>', s3: '<p>c</p>' },
      indicators: { i1: 0 },
    };
    const m = missingInDraft('report', outline, content, { required: true, attached: true });
    expect(missingLines(m, t, 'vi')).toEqual([]);
  });

  it('names what another kind of task lacks in the reader’s language', () => {
    const m = {
      missing: {
        sections: [],
        indicators: [],
        other: [
          { vi: 'nội dung tham luận (hoặc tệp đính kèm)', en: 'the speech text (or an attached file)' },
        ],
      },
      signedReportRequired: false,
      signedReportAttached: false,
    };
    expect(missingLines(m, t, 'vi')).toEqual(['Còn thiếu: nội dung tham luận (hoặc tệp đính kèm)']);
  });
});
