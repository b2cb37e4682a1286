import type { ReportContent } from '@tongket/domain';
import { copyContent, joinHtml, sameHtml } from './reportContent.ts';

/** Keep one's own text, take the stored one, or keep both (one's own first). */
export type MergeChoice = 'mine' | 'stored' | 'both';

export type MergeField =
  | { kind: 'section'; id: string }
  | { kind: 'indicator'; id: string }
  | { kind: 'body' }
  | { kind: 'topic' }
  | { kind: 'duration' }
  | { kind: 'link' };

export interface MergeItem {
  key: string;
  field: MergeField;
  /** Rich text (sections, body) may be kept both; a value or a line is one or the other. */
  rich: boolean;
  mine: string;
  stored: string;
  /** What is picked before the person chooses: whoever changed it since the common copy; both when both did. */
  suggested: MergeChoice;
}

type Scalar = string | number | null;

const scalarText = (value: Scalar | undefined) =>
  value === null || value === undefined ? '' : String(value);

/**
 * Every part where one's own copy and the stored copy differ. `base` is the copy both started
 * from (the stored draft at the version the editor last had), which tells who changed what.
 */
export function mergeItems(mine: ReportContent, base: ReportContent, stored: ReportContent): MergeItem[] {
  const items: MergeItem[] = [];
  const rich = (key: string, field: MergeField, m: string, b: string, s: string) => {
    if (sameHtml(m, s)) return;
    const mineChanged = !sameHtml(m, b);
    const storedChanged = !sameHtml(s, b);
    const suggested: MergeChoice = mineChanged && storedChanged ? 'both' : mineChanged ? 'mine' : 'stored';
    items.push({ key, field, rich: true, mine: m, stored: s, suggested });
  };
  const scalar = (
    key: string,
    field: MergeField,
    m: Scalar | undefined,
    b: Scalar | undefined,
    s: Scalar | undefined,
  ) => {
    if (scalarText(m) === scalarText(s)) return;
    const storedOnly = scalarText(m) === scalarText(b);
    items.push({
      key,
      field,
      rich: false,
      mine: scalarText(m),
      stored: scalarText(s),
      suggested: storedOnly ? 'stored' : 'mine',
    });
  };
  const sectionIds = new Set([...Object.keys(mine.sections), ...Object.keys(stored.sections)]);
  for (const id of sectionIds) {
    rich(
      `section:${id}`,
      { kind: 'section', id },
      mine.sections[id] ?? '',
      base.sections[id] ?? '',
      stored.sections[id] ?? '',
    );
  }
  rich('body', { kind: 'body' }, mine.body, base.body, stored.body);
  const indicatorIds = new Set([...Object.keys(mine.indicators), ...Object.keys(stored.indicators)]);
  for (const id of indicatorIds) {
    scalar(
      `indicator:${id}`,
      { kind: 'indicator', id },
      mine.indicators[id],
      base.indicators[id],
      stored.indicators[id],
    );
  }
  scalar('topic', { kind: 'topic' }, mine.topic, base.topic, stored.topic);
  scalar(
    'duration',
    { kind: 'duration' },
    mine.durationMinutes,
    base.durationMinutes,
    stored.durationMinutes,
  );
  scalar('link', { kind: 'link' }, mine.link, base.link, stored.link);
  return items;
}

/** The stored copy with each differing part as chosen. */
export function applyMerge(
  mine: ReportContent,
  stored: ReportContent,
  items: readonly MergeItem[],
  choices: Readonly<Record<string, MergeChoice>>,
): ReportContent {
  const out = copyContent(stored);
  for (const item of items) {
    const choice = choices[item.key] ?? item.suggested;
    if (choice === 'stored') continue;
    const f = item.field;
    if (f.kind === 'section') {
      const own = mine.sections[f.id] ?? '';
      out.sections[f.id] = choice === 'both' ? joinHtml(own, stored.sections[f.id]) : own;
    } else if (f.kind === 'body') {
      out.body = choice === 'both' ? joinHtml(mine.body, stored.body) : mine.body;
    } else if (f.kind === 'indicator') {
      out.indicators[f.id] = mine.indicators[f.id] ?? null;
    } else if (f.kind === 'topic') {
      out.topic = mine.topic;
    } else if (f.kind === 'duration') {
      out.durationMinutes = mine.durationMinutes;
    } else {
      out.link = mine.link;
    }
  }
  return out;
}
