import { numberOutline, type Outline, type ReportContent } from '@tongket/domain';

export interface FigureChange {
  id: string;
  name: string;
  unit: string;
  before: number | null;
  after: number | null;
}

/**
 * The figures that differ between two submissions, in outline order. The server's diff covers the
 * text only, so the numbers are compared here from the two submissions themselves.
 */
export function figureChanges(outline: Outline, before: ReportContent, after: ReportContent): FigureChange[] {
  const out: FigureChange[] = [];
  for (const { section } of numberOutline(outline.sections)) {
    for (const indicator of section.indicators) {
      const a = before.indicators[indicator.id] ?? null;
      const b = after.indicators[indicator.id] ?? null;
      if (a !== b)
        out.push({ id: indicator.id, name: indicator.name, unit: indicator.unit, before: a, after: b });
    }
  }
  return out;
}
