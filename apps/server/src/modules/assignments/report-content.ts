import type { Bilingual } from '@tongket/domain';
import {
  type Indicator,
  indicatorValueProblem,
  numberOutline,
  type Outline,
  type ReportContent,
  type TaskKind,
} from '@tongket/domain';
import { type FieldError, problem } from '../../http/problem.ts';
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

/**
 * Whether report HTML has any text — the same answer as `htmlToText(html) !== ''` for any input,
 * without rewriting the whole section on every save: it skips tags, spaces and &nbsp; from the
 * start and answers at the first other character, a few characters in for a written section.
 * An "&" (an entity, read after the tags are gone) or a "<" that opens no tag is left to htmlToText.
 */
const BLANK_RUN = /(?:<[^<>]+>|&nbsp;|\s)*/y;
export function hasReportText(html: string): boolean {
  BLANK_RUN.lastIndex = 0;
  BLANK_RUN.exec(html);
  const at = BLANK_RUN.lastIndex;
  if (at >= html.length) return false;
  const first = html[at];
  return first === '&' || first === '<' ? htmlToText(html) !== '' : true;
}

interface OutlineIndex {
  numbered: ReturnType<typeof numberOutline>;
  sectionIds: Set<string>;
  indicators: Map<string, Indicator>;
}

/**
 * The outline numbered, with its section ids and indicators by id. Every save and submit checks
 * the content against it several times; a round's stored outline is deep-frozen and kept while the
 * round is unchanged (see readCampaign), so its index is computed once per version of the round.
 * An outline that is not frozen (being edited) is indexed afresh each time.
 */
const outlineIndexes = new WeakMap<readonly unknown[], OutlineIndex>();
function outlineIndex(outline: Outline): OutlineIndex {
  const cached = outlineIndexes.get(outline.sections);
  if (cached) return cached;
  const numbered = numberOutline(outline.sections);
  const indicators = new Map<string, Indicator>();
  for (const { section } of numbered) for (const i of section.indicators) indicators.set(i.id, i);
  const index = { numbered, sectionIds: new Set(numbered.map((n) => n.section.id)), indicators };
  if (Object.isFrozen(outline.sections)) outlineIndexes.set(outline.sections, index);
  return index;
}

function indicatorsById(outline: Outline): Map<string, Indicator> {
  return outlineIndex(outline).indicators;
}

function contentInvalid(errors: FieldError[]) {
  return problem('content_invalid', { messages: errors.map((e) => e.message) }, { errors });
}

/**
 * The figures that do not fit their indicator (type, sign, size), each named. Run on every save
 * and again on submit, so a draft stored before a bound existed is not sent with it.
 */
export function indicatorValueErrors(content: ReportContent, outline: Outline): FieldError[] {
  const indicators = indicatorsById(outline);
  const errors: FieldError[] = [];
  for (const [id, value] of Object.entries(content.indicators)) {
    const indicator = indicators.get(id);
    if (!indicator || value === null) continue;
    const problem = indicatorValueProblem(indicator, value);
    if (problem) errors.push({ field: `content.indicators.${id}`, message: problem });
  }
  return errors;
}

/** Refuses a stored draft whose figures no longer fit their indicators. */
export function assertIndicatorValues(content: ReportContent, outline: Outline) {
  const errors = indicatorValueErrors(content, outline);
  if (errors.length > 0) throw contentInvalid(errors);
}

/**
 * A draft as it may be stored: HTML sanitised, only the outline's sections and indicators, each
 * value of its indicator's type. Anything else is refused field by field, nothing is dropped quietly.
 */
export function cleanContent(content: ReportContent, outline: Outline, kind: TaskKind): ReportContent {
  const errors: FieldError[] = [];
  const { sectionIds, indicators } = outlineIndex(outline);
  const sections: Record<string, string> = {};
  for (const [id, html] of Object.entries(content.sections)) {
    if (kind !== 'report' || !sectionIds.has(id)) {
      errors.push({
        field: `content.sections.${id}`,
        message: {
          vi: 'Mục này không có trong đề cương của nhiệm vụ',
          en: "This section is not in the task's outline",
        },
      });
      continue;
    }
    const clean = sanitizeReportHtml(html);
    if (hasReportText(clean)) sections[id] = clean;
  }
  const values: Record<string, number | null> = {};
  for (const [id, value] of Object.entries(content.indicators)) {
    const indicator = indicators.get(id);
    if (kind !== 'report' || !indicator) {
      errors.push({
        field: `content.indicators.${id}`,
        message: { vi: 'Chỉ tiêu này không có trong đề cương', en: 'This indicator is not in the outline' },
      });
      continue;
    }
    if (value === null) continue;
    const problem = indicatorValueProblem(indicator, value);
    if (problem) errors.push({ field: `content.indicators.${id}`, message: problem });
    else values[id] = value;
  }
  if (errors.length > 0) throw contentInvalid(errors);
  const body = sanitizeReportHtml(content.body);
  return {
    sections,
    indicators: values,
    body: hasReportText(body) ? body : '',
    topic: content.topic.trim(),
    durationMinutes: content.durationMinutes,
    link: content.link,
  };
}

/** The required sections still empty, as the outline numbers them. */
export function missingSections(content: ReportContent, outline: Outline) {
  return outlineIndex(outline)
    .numbered.filter(
      ({ section }) => section.required && section.children.length === 0 && !content.sections[section.id],
    )
    .map(({ section, path }) => ({ sectionId: section.id, label: path, title: section.title }));
}

/** The required indicators still empty, with the section they belong to as the outline numbers it. */
export function missingIndicators(content: ReportContent, outline: Outline) {
  const out: Array<{ indicatorId: string; sectionId: string; label: string; name: string }> = [];
  for (const { section, path } of outlineIndex(outline).numbered) {
    for (const indicator of section.indicators) {
      const value = content.indicators[indicator.id];
      if (indicator.required && (value === null || value === undefined)) {
        out.push({ indicatorId: indicator.id, sectionId: section.id, label: path, name: indicator.name });
      }
    }
  }
  return out;
}

/** What a submission must hold beyond the outline: a speech its text or a file, a film its link or a file. */
export function missingForKind(content: ReportContent, kind: TaskKind, attachments: number): Bilingual[] {
  const out: Bilingual[] = [];
  if ((kind === 'speech' || kind === 'other') && !content.body && attachments === 0) {
    out.push(
      kind === 'speech'
        ? { vi: 'nội dung tham luận (hoặc tệp đính kèm)', en: 'the speech text (or an attached file)' }
        : { vi: 'nội dung (hoặc tệp đính kèm)', en: 'the content (or an attached file)' },
    );
  }
  if (kind === 'media' && !content.link && attachments === 0)
    out.push({
      vi: 'đường dẫn phóng sự (hoặc tệp đính kèm)',
      en: 'the documentary link (or an attached file)',
    });
  return out;
}
