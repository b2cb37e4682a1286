import { NumberInput } from '@mantine/core';
import { type Indicator, indicatorValueProblem } from '@tongket/domain';
import { memo } from 'react';
import { useI18n } from '../../../i18n/useT.ts';

export interface IndicatorInputProps {
  indicator: Indicator;
  value: number | null;
  onChange: (indicatorId: string, value: number | null) => void;
  error?: string | undefined;
  readOnly?: boolean;
}

/**
 * One figure of the outline with its unit of measure. Vietnamese numbers group thousands with a
 * dot and write decimals after a comma; an amount of money is whole đồng.
 */
export const IndicatorInput = memo(function IndicatorInput({
  indicator,
  value,
  onChange,
  error,
  readOnly,
}: IndicatorInputProps) {
  const { t, lang } = useI18n();
  const decimal = indicator.valueType === 'decimal';
  // A whole number needs no word; an amount and a decimal say how to write them.
  const hint =
    indicator.valueType === 'money'
      ? t('report.indicatorMoney')
      : decimal
        ? t('report.indicatorDecimal')
        : undefined;
  // The bound the server enforces, told while typing rather than after the save is refused, in
  // the interface's language.
  const outOfBounds = value === null ? null : indicatorValueProblem(indicator, value, lang);
  return (
    <NumberInput
      label={indicator.name}
      withAsterisk={indicator.required}
      description={hint}
      value={value ?? ''}
      onChange={(next) => {
        if (next === '' || next === null) onChange(indicator.id, null);
        else if (typeof next === 'number') onChange(indicator.id, next);
        else {
          const parsed = Number(String(next).replace(/\./g, '').replace(',', '.'));
          onChange(indicator.id, Number.isFinite(parsed) ? parsed : null);
        }
      }}
      rightSection={indicator.unit ? <span>{indicator.unit}</span> : undefined}
      rightSectionWidth={indicator.unit ? Math.min(110, 16 + indicator.unit.length * 8) : undefined}
      rightSectionPointerEvents="none"
      styles={{ section: { fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' } }}
      hideControls
      allowNegative={false}
      allowDecimal={decimal}
      decimalScale={decimal ? 4 : 0}
      thousandSeparator="."
      decimalSeparator=","
      inputMode={decimal ? 'decimal' : 'numeric'}
      error={error ?? outOfBounds ?? undefined}
      readOnly={readOnly}
    />
  );
});
