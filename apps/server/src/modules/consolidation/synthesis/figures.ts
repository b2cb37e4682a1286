import type { IndicatorTotal, SynthesisSentence } from '@tongket/domain';
import { formatFigure } from './text.ts';

/**
 * An indicator's totals as the sentence a report states them in: "Số khu cách ly tập trung toàn
 * tỉnh: 37 khu; 14/23 đơn vị báo cáo; cao nhất là UBND huyện Vĩnh Linh (4), thấp nhất là
 * Sở Tài chính (1)." Each unit's figure is one of its sources.
 */

/** "UBND tỉnh Quảng Trị" → "toàn tỉnh"; "UBND huyện Hướng Hóa" → "toàn huyện"; otherwise "các đơn vị". */
export function scopeOf(issuingUnitName: string): string {
  const m = /(?<!\p{L})(tỉnh|thành phố|thị xã|huyện|quận|thị trấn|phường|xã)(?!\p{L})/iu.exec(
    issuingUnitName.replace(/^(?:UBND|Ủy ban nhân dân)\s+/iu, ''),
  );
  return m ? `toàn ${m[1]?.toLocaleLowerCase('vi')}` : 'các đơn vị';
}

function amount(value: number, unit: string, valueType: string): string {
  const rounded = valueType === 'decimal' ? Math.round(value * 100) / 100 : Math.round(value);
  return `${formatFigure(rounded)}${unit ? ` ${unit}` : ''}`;
}

export interface FigureContext {
  /** "toàn tỉnh" */
  scope: string;
  /** Units asked for a report in the round (the denominator of "14/23 đơn vị báo cáo"). */
  expected: number | null;
  /** Each unit's submission in the consolidation, by unit id. */
  submissionOf: Map<string, string>;
}

export function figureSentence(
  total: IndicatorTotal,
  ctx: FigureContext,
): Omit<SynthesisSentence, 'id'> | null {
  if (total.units.length === 0) return null;
  const { unit, valueType } = total;
  const parts: string[] = [];
  const value = total.total;
  if (value !== null) {
    // A sum is the figure itself ("Số khu cách ly tập trung toàn tỉnh: 37 khu"); other rules say theirs.
    const word =
      total.aggregation === 'max' ? 'cao nhất ' : total.aggregation === 'average' ? 'bình quân ' : '';
    parts.push(`${word}${amount(value, unit, valueType)}`);
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
    sources: total.units.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      submissionId: ctx.submissionOf.get(u.unitId) ?? '',
      text: `${name}: ${amount(u.value, unit, valueType)}`,
      value: u.value,
    })),
  };
}
