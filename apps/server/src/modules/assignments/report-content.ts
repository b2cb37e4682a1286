import {
  type Indicator,
  numberOutline,
  type Outline,
  type ReportContent,
  type TaskKind,
} from '@tongket/domain';
import { type FieldError, HttpProblem } from '../../http/problem.ts';
import { sanitizeReportHtml } from './sanitize-report-html.ts';

const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Report HTML as plain text: one line per block, for emptiness checks and word diffs. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|tr|blockquote)>|<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function indicatorsById(outline: Outline): Map<string, Indicator> {
  const out = new Map<string, Indicator>();
  for (const { section } of numberOutline(outline.sections))
    for (const i of section.indicators) out.set(i.id, i);
  return out;
}

/** Why a value does not fit its indicator, or null when it does. */
function indicatorError(indicator: Indicator, value: number): string | null {
  const unit = indicator.unit ? ` (${indicator.unit})` : '';
  if (indicator.valueType === 'decimal') return null;
  if (!Number.isInteger(value) || value < 0) {
    return indicator.valueType === 'money'
      ? `“${indicator.name}” là số tiền${unit}: nhập số đồng, không âm, không có phần lẻ`
      : `“${indicator.name}” phải là số nguyên không âm${unit}`;
  }
  return null;
}

/**
 * A draft as it may be stored: HTML sanitised, only the outline's sections and indicators, each
 * value of its indicator's type. Anything else is refused field by field, nothing is dropped quietly.
 */
export function cleanContent(content: ReportContent, outline: Outline, kind: TaskKind): ReportContent {
  const errors: FieldError[] = [];
  const sectionIds = new Set(numberOutline(outline.sections).map((n) => n.section.id));
  const indicators = indicatorsById(outline);
  const sections: Record<string, string> = {};
  for (const [id, html] of Object.entries(content.sections)) {
    if (kind !== 'report' || !sectionIds.has(id)) {
      errors.push({
        field: `content.sections.${id}`,
        message: 'Mục này không có trong đề cương của nhiệm vụ',
      });
      continue;
    }
    const clean = sanitizeReportHtml(html);
    if (htmlToText(clean) !== '') sections[id] = clean;
  }
  const values: Record<string, number | null> = {};
  for (const [id, value] of Object.entries(content.indicators)) {
    const indicator = indicators.get(id);
    if (kind !== 'report' || !indicator) {
      errors.push({ field: `content.indicators.${id}`, message: 'Chỉ tiêu này không có trong đề cương' });
      continue;
    }
    if (value === null) continue;
    const problem = indicatorError(indicator, value);
    if (problem) errors.push({ field: `content.indicators.${id}`, message: problem });
    else values[id] = value;
  }
  if (errors.length > 0) {
    throw new HttpProblem(
      422,
      'content_invalid',
      `Nội dung chưa hợp lệ: ${errors.map((e) => e.message).join('; ')}.`,
      {
        errors,
      },
    );
  }
  const body = sanitizeReportHtml(content.body);
  return {
    sections,
    indicators: values,
    body: htmlToText(body) === '' ? '' : body,
    topic: content.topic.trim(),
    durationMinutes: content.durationMinutes,
    link: content.link,
  };
}

/** The required sections still empty, as the outline numbers them. */
export function missingSections(content: ReportContent, outline: Outline) {
  return numberOutline(outline.sections)
    .filter(
      ({ section }) => section.required && section.children.length === 0 && !content.sections[section.id],
    )
    .map(({ section, path }) => ({ sectionId: section.id, label: path, title: section.title }));
}

/** What a submission must hold beyond the outline: a speech its text or a file, a film its link or a file. */
export function missingForKind(content: ReportContent, kind: TaskKind, attachments: number): string[] {
  const out: string[] = [];
  if ((kind === 'speech' || kind === 'other') && !content.body && attachments === 0) {
    out.push(kind === 'speech' ? 'nội dung tham luận (hoặc tệp đính kèm)' : 'nội dung (hoặc tệp đính kèm)');
  }
  if (kind === 'media' && !content.link && attachments === 0)
    out.push('đường dẫn phóng sự (hoặc tệp đính kèm)');
  return out;
}
