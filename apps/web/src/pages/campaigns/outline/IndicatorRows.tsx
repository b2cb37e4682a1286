import { Grid, Select, Switch, TextInput } from '@mantine/core';
import type { IndicatorAggregation, IndicatorValueType } from '@tongket/domain';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { emptyIndicator, type IndicatorForm } from './outlineForm.ts';
import { RequiredMark } from './RequiredMark.tsx';

export interface IndicatorRowsProps {
  indicators: IndicatorForm[];
  onChange: (indicators: IndicatorForm[]) => void;
  readOnly: boolean;
  /** "I.2", to name the rows. */
  sectionPath: string;
  errorOf: (index: number, field: keyof IndicatorForm) => string | undefined;
}

/** The figures a section asks every unit for, and how they add up across units. */
export function IndicatorRows({ indicators, onChange, readOnly, sectionPath, errorOf }: IndicatorRowsProps) {
  const t = useT();
  const labels = useLabels();
  return (
    <RowList
      variant="card"
      rows={indicators}
      onChange={onChange}
      readOnly={readOnly}
      createRow={emptyIndicator}
      addLabel={t('outline.indicatorAdd')}
      rowName={(i) => t('outline.indicatorRow', { path: sectionPath, n: i + 1 })}
      renderRow={(row, i, update) => (
        <Grid columns={24} gap="xs">
          <Grid.Col span={{ base: 24, md: 10 }}>
            <TextInput
              label={t('outline.indicatorName')}
              value={row.name}
              onChange={(e) => update({ name: e.currentTarget.value })}
              error={errorOf(i, 'name')}
              readOnly={readOnly}
              maxLength={300}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 24, xs: 8, md: 4 }}>
            <TextInput
              label={t('outline.indicatorUnit')}
              placeholder={t('outline.indicatorUnitPlaceholder')}
              value={row.unit}
              onChange={(e) => update({ unit: e.currentTarget.value })}
              error={errorOf(i, 'unit')}
              readOnly={readOnly}
              maxLength={50}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 8, md: 5 }}>
            <Select
              label={t('outline.valueType')}
              data={labels.valueTypeOptions}
              value={row.valueType}
              onChange={(value) => value && update({ valueType: value as IndicatorValueType })}
              error={errorOf(i, 'valueType')}
              readOnly={readOnly}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 8, md: 5 }}>
            <Select
              label={t('outline.aggregation')}
              data={labels.aggregationOptions}
              value={row.aggregation}
              onChange={(value) => value && update({ aggregation: value as IndicatorAggregation })}
              error={errorOf(i, 'aggregation')}
              readOnly={readOnly}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={24}>
            {readOnly ? (
              <RequiredMark required={row.required} />
            ) : (
              <Switch
                label={t('outline.indicatorRequired')}
                description={t('outline.indicatorRequiredHint')}
                checked={row.required}
                onChange={(e) => update({ required: e.currentTarget.checked })}
                size="sm"
              />
            )}
          </Grid.Col>
        </Grid>
      )}
    />
  );
}
