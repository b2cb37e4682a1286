import type { Bilingual, Lang, Outline, ReportContent, TaskKind, UnitTask } from '@tongket/domain';
import type { Translate } from '../../i18n/translate.ts';
import { isBlankHtml, outlineRows } from './editor/reportContent.ts';

/** What still keeps a task from being sent, in the shape the unit's home receives it. */
export type Missing = Pick<UnitTask, 'missing' | 'signedReportRequired' | 'signedReportAttached'>;

/**
 * What the draft being written still lacks, read live from the editor's copy: the required sections
 * left empty and the required figures without a value (the server's rule, report-content.ts, which
 * answers the same on submit), and the signed PDF the plan asks for. The kind's own needs (a
 * speech's text, a film's link) are the editor's fields and are not listed here.
 */
export function missingInDraft(
  kind: TaskKind,
  outline: Outline,
  content: ReportContent,
  signed: { required: boolean; attached: boolean },
): Missing {
  const rows = kind === 'report' ? outlineRows(outline) : [];
  return {
    missing: {
      sections: rows
        .filter((r) => r.leaf && r.section.required && isBlankHtml(content.sections[r.section.id]))
        .map((r) => ({ sectionId: r.section.id, label: r.path, title: r.section.title })),
      indicators: rows.flatMap((r) =>
        r.section.indicators
          .filter((i) => i.required && content.indicators[i.id] == null)
          .map((i) => ({ indicatorId: i.id, sectionId: r.section.id, label: r.path, name: i.name })),
      ),
      other: [],
    },
    signedReportRequired: kind === 'report' && signed.required,
    signedReportAttached: signed.attached,
  };
}

/**
 * The short lines a card shows: "Còn trống: mục I.2, II.1; chỉ tiêu “Số người được cách ly”",
 * "Còn thiếu: nội dung tham luận (hoặc tệp đính kèm)", "Cần đính kèm bản PDF đã ký số".
 */
export function missingLines(m: Missing, t: Translate, lang: Lang): string[] {
  const lines: string[] = [];
  const parts: string[] = [];
  const { sections, indicators, other } = m.missing;
  if (sections.length > 0)
    parts.push(t('missing.sections', { list: sections.map((s) => s.label).join(', ') }));
  if (indicators.length > 0)
    parts.push(t('missing.indicators', { list: indicators.map((i) => `“${i.name}”`).join(', ') }));
  if (parts.length > 0) lines.push(t('missing.empty', { list: parts.join('; ') }));
  if (other.length > 0)
    lines.push(t('missing.other', { list: other.map((o: Bilingual) => o[lang]).join('; ') }));
  if (m.signedReportRequired && !m.signedReportAttached) lines.push(t('missing.signedPdf'));
  return lines;
}
