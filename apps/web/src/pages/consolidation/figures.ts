import type { IndicatorAggregation, IndicatorValueType } from '@tongket/domain';

const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "1.250.000", "12,5": Vietnamese separators; a mean or a decimal keeps two places at most. */
export function formatFigure(
  value: number | null | undefined,
  valueType: IndicatorValueType,
  aggregation: IndicatorAggregation = 'sum',
): string {
  if (value === null || value === undefined) return '—';
  return valueType === 'decimal' || aggregation === 'average' ? decimal.format(value) : whole.format(value);
}
