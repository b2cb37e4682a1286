import { foldVietnamese, type IndicatorTotal, type SynthesisSentence } from '@tongket/domain';
import { formatFigure } from './text.ts';

/**
 * An indicator's totals as the sentence a report states them in: "Số khu cách ly tập trung toàn
 * tỉnh: 37 khu, tăng 12 khu (+48,0 %) so với kỳ trước (25 khu); 14/23 đơn vị báo cáo; cao nhất là
 * UBND huyện Vĩnh Linh (4), thấp nhất là Sở Tài chính (1)." Each unit's figure is one of its
 * sources, and so is the previous round's total the change is counted from.
 */

/** "UBND tỉnh Quảng Trị" → "toàn tỉnh"; "UBND huyện Hướng Hóa" → "toàn huyện"; otherwise "các đơn vị". */
export function scopeOf(issuingUnitName: string): string {
  const m = /(?<!\p{L})(tỉnh|thành phố|thị xã|huyện|quận|thị trấn|phường|xã)(?!\p{L})/iu.exec(
    issuingUnitName.replace(/^(?:UBND|Ủy ban nhân dân)\s+/iu, ''),
  );
  return m ? `toàn ${m[1]?.toLocaleLowerCase('vi')}` : 'các đơn vị';
}

function amount(value: number, unit: string, valueType: string): string {
  return `${formatFigure(rounded(value, valueType))}${unit ? ` ${unit}` : ''}`;
}

export interface FigureContext {
  /** "toàn tỉnh" */
  scope: string;
  /** Units asked for a report in the round (the denominator of "14/23 đơn vị báo cáo"). */
  expected: number | null;
  /** Each unit's submission in the consolidation, by unit id. */
  submissionOf: Map<string, string>;
  /** The previous round's totals of this round's indicators, by this round's indicator id (`matchPreviousFigures`). */
  previous?: ReadonlyMap<string, PreviousFigure> | undefined;
}

/** The round a round was cloned from ("the next round from this one"), as its figures are compared with. */
export interface PreviousRound {
  campaignId: string;
  /** How a reader knows it: "Tổng kết … (2020), 2519/KH-UBND". */
  label: string;
  /** Its issuing unit, whose consolidation the totals are. */
  unitId: string;
  unitName: string;
  /** Its indicator totals (indicatorTotals() over the reports its consolidation took in). */
  totals: IndicatorTotal[];
}

/** One indicator's total in the previous round. */
export interface PreviousFigure {
  value: number;
  campaignId: string;
  label: string;
  unitId: string;
  unitName: string;
}

/**
 * This round's indicators paired with the previous round's: by id first, then by name (folded:
 * case, diacritics and punctuation aside) — a cloned outline gets new ids — and, when two of the
 * previous round's indicators share the name, by the section's number too. A pair counts only in
 * the same unit of measure and by the same rule (a maximum is no basis for a sum), with a total.
 */
export function matchPreviousFigures(
  current: readonly IndicatorTotal[],
  previous: PreviousRound | null,
): Map<string, PreviousFigure> {
  const out = new Map<string, PreviousFigure>();
  if (!previous) return out;
  const byId = new Map(previous.totals.map((t) => [t.indicatorId, t]));
  const byName = new Map<string, IndicatorTotal[]>();
  for (const t of previous.totals) {
    const key = foldVietnamese(t.name);
    byName.set(key, [...(byName.get(key) ?? []), t]);
  }
  for (const t of current) {
    let before = byId.get(t.indicatorId);
    if (!before) {
      const named = byName.get(foldVietnamese(t.name)) ?? [];
      const here = named.length > 1 ? named.filter((p) => p.sectionLabel === t.sectionLabel) : named;
      if (here.length === 1) before = here[0];
    }
    if (
      !before ||
      before.total === null ||
      before.units.length === 0 ||
      before.aggregation !== t.aggregation ||
      foldVietnamese(before.unit) !== foldVietnamese(t.unit)
    ) {
      continue;
    }
    out.set(t.indicatorId, {
      value: before.total,
      campaignId: previous.campaignId,
      label: previous.label,
      unitId: previous.unitId,
      unitName: previous.unitName,
    });
  }
  return out;
}

const PERCENT_FORMAT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure as the sentence states it: whole, or to two decimals for a decimal indicator. */
const rounded = (value: number, valueType: string) =>
  valueType === 'decimal' ? Math.round(value * 100) / 100 : Math.round(value);

/**
 * "tăng 12 khu (+48,0 %) so với kỳ trước (25 khu)", "giảm …", "không thay đổi so với kỳ trước":
 * counted on the figures as stated, so the difference is the one a reader works out. No share of a
 * previous zero, nor of a percentage (a rate's change is said in its own points).
 */
export function changePhrase(value: number, before: number, unit: string, valueType: string): string {
  const now = rounded(value, valueType);
  const then = rounded(before, valueType);
  const difference = rounded(now - then, valueType);
  if (difference === 0) return 'không thay đổi so với kỳ trước';
  const share =
    then !== 0 && unit !== '%'
      ? ` (${difference > 0 ? '+' : '-'}${PERCENT_FORMAT.format((Math.abs(difference) / Math.abs(then)) * 100)} %)`
      : '';
  return `${difference > 0 ? 'tăng' : 'giảm'} ${amount(Math.abs(difference), unit, valueType)}${share} so với kỳ trước (${amount(then, unit, valueType)})`;
}

export function figureSentence(
  total: IndicatorTotal,
  ctx: FigureContext,
): Omit<SynthesisSentence, 'id'> | null {
  if (total.units.length === 0) return null;
  const { unit, valueType } = total;
  const parts: string[] = [];
  const value = total.total;
  const before = value === null ? undefined : ctx.previous?.get(total.indicatorId);
  if (value !== null) {
    // A sum is the figure itself ("Số khu cách ly tập trung toàn tỉnh: 37 khu"); other rules say theirs.
    const word =
      total.aggregation === 'max' ? 'cao nhất ' : total.aggregation === 'average' ? 'bình quân ' : '';
    const change = before ? `, ${changePhrase(value, before.value, unit, valueType)}` : '';
    parts.push(`${word}${amount(value, unit, valueType)}${change}`);
  }
  parts.push(
    ctx.expected && ctx.expected >= total.reported
      ? `${total.reported}/${ctx.expected} đơn vị báo cáo`
      : `${total.reported} đơn vị báo cáo`,
  );
  if (total.units.length === 1) {
    const only = total.units[0] as IndicatorTotal['units'][number];
    parts.push(`do ${only.unitName} báo cáo`);
  } else {
    let high = total.units[0] as IndicatorTotal['units'][number];
    let low = high;
    for (const u of total.units) {
      if (u.value > high.value) high = u;
      if (u.value < low.value) low = u;
    }
    const bare = (v: number) => amount(v, '', valueType);
    if (high.value !== low.value) {
      parts.push(
        `cao nhất là ${high.unitName} (${bare(high.value)}), thấp nhất là ${low.unitName} (${bare(low.value)})`,
      );
    } else if (value !== 0) {
      parts.push(`mỗi đơn vị ${amount(high.value, unit, valueType)}`);
    }
  }
  const own = total.ownFigureUnits.map((u) => u.unitName);
  if (own.length > 0) {
    parts.push(`số của ${own.join(', ')} đã gồm các đơn vị cấp dưới nên không cộng trùng`);
  }
  const name = total.name.trim().replace(/[.:;]+$/, '');
  const text = `${name.charAt(0).toLocaleUpperCase('vi')}${name.slice(1)} ${ctx.scope}: ${parts.join('; ')}.`;
  return {
    kind: 'figure',
    text,
    units: total.units.length,
    sources: [
      ...total.units.map((u) => ({
        unitId: u.unitId,
        unitName: u.unitName,
        submissionId: ctx.submissionOf.get(u.unitId) ?? '',
        text: `${name}: ${amount(u.value, unit, valueType)}`,
        value: u.value,
      })),
      ...(before
        ? [
            {
              unitId: before.unitId,
              unitName: before.unitName,
              submissionId: '',
              text: `${name} ${ctx.scope} kỳ trước (${before.label}): ${amount(before.value, unit, valueType)}`,
              value: before.value,
              campaignId: before.campaignId,
            },
          ]
        : []),
    ],
  };
}
