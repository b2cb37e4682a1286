import { Grid, NumberInput, Select, TextInput } from '@mantine/core';
import { type NomineeKind, type QuotaScope, quotaRowText, type UnitKind } from '@tongket/domain';
import { UnitMultiSelect } from '../../../components/UnitMultiSelect.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { usePlanEditor } from './planEditorContext.ts';
import type { QuotaRowForm } from './planForm.ts';

export interface QuotaRowEditorProps {
  row: QuotaRowForm;
  /** "awardGroups.0.quotas.2", to find the server's messages for this row. */
  path: string;
  update: (patch: Partial<QuotaRowForm>) => void;
}

/**
 * One line of a commendation quota: "Sở Y tế: 3 tập thể" (one unit), "Ban Chỉ đạo các huyện…: 10
 * tập thể" (shared by a group) or "Các huyện… (trừ huyện đảo Cồn Cỏ): mỗi địa phương 02 cá nhân".
 */
export function QuotaRowEditor({ row, path, update }: QuotaRowEditorProps) {
  const t = useT();
  const labels = useLabels();
  const { readOnly, errorOf, scope } = usePlanEditor();
  const unitsLabel =
    row.scope === 'unit'
      ? t('quota.unit')
      : row.scope === 'pool'
        ? t('quota.poolUnits')
        : t('quota.eachUnits');

  const chooseUnits = (unitIds: string[]) => {
    // A one-unit row usually prints the unit's name: fill it in while the label is still blank.
    const first = unitIds[0];
    if (row.scope === 'unit' && first && !row.label.trim()) {
      update({ unitIds, label: scope.nameOf(first) ?? '' });
    } else {
      update({ unitIds });
    }
  };

  return (
    <Grid gap="xs">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <UnitMultiSelect
          label={unitsLabel}
          units={scope.units}
          value={row.unitIds}
          onChange={chooseUnits}
          maxValues={row.scope === 'unit' ? 1 : undefined}
          error={errorOf(`${path}.unitIds`)}
          readOnly={readOnly}
          placeholder={readOnly ? undefined : t('quota.unitsPlaceholder')}
          nothingFoundMessage={t('common.noResults')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 5, md: 3 }}>
        <Select
          label={t('quota.scope')}
          data={labels.quotaScopeOptions}
          value={row.scope}
          onChange={(value) => {
            if (!value) return;
            const next = value as QuotaScope;
            update({
              scope: next,
              unitIds: next === 'unit' ? row.unitIds.slice(0, 1) : row.unitIds,
              unitKind: next === 'unit' ? null : row.unitKind,
              exceptUnitIds: next === 'unit' ? [] : row.exceptUnitIds,
            });
          }}
          error={errorOf(`${path}.scope`)}
          readOnly={readOnly}
          allowDeselect={false}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 7, xs: 4, md: 2 }}>
        <Select
          label={t('quota.nomineeKind')}
          data={labels.nomineeKindOptions}
          value={row.nomineeKind}
          onChange={(value) => value && update({ nomineeKind: value as NomineeKind })}
          error={errorOf(`${path}.nomineeKind`)}
          readOnly={readOnly}
          allowDeselect={false}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 5, xs: 3, md: 2 }}>
        <NumberInput
          label={t('quota.count')}
          value={row.count}
          onChange={(value) => update({ count: typeof value === 'number' ? value : '' })}
          error={errorOf(`${path}.count`)}
          readOnly={readOnly}
          min={0}
          max={10_000}
          allowDecimal={false}
          allowNegative={false}
        />
      </Grid.Col>
      {row.scope !== 'unit' && (
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Select
            label={t('quota.unitKind')}
            data={labels.unitKindOptions}
            value={row.unitKind}
            onChange={(value) => update({ unitKind: (value as UnitKind | null) ?? null })}
            error={errorOf(`${path}.unitKind`)}
            readOnly={readOnly}
            clearable
            placeholder={t('quota.unitKindNone')}
          />
        </Grid.Col>
      )}
      {row.scope !== 'unit' && (
        <Grid.Col span={{ base: 12, md: 7 }}>
          <UnitMultiSelect
            label={t('quota.except')}
            placeholder={readOnly ? undefined : t('quota.exceptHint')}
            units={scope.units}
            value={row.exceptUnitIds}
            onChange={(exceptUnitIds) => update({ exceptUnitIds })}
            error={errorOf(`${path}.exceptUnitIds`)}
            readOnly={readOnly}
            nothingFoundMessage={t('common.noResults')}
          />
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, md: 7 }}>
        <TextInput
          label={t('quota.label')}
          placeholder={t('quota.labelHint')}
          value={row.label}
          onChange={(e) => update({ label: e.currentTarget.value })}
          error={errorOf(`${path}.label`)}
          readOnly={readOnly}
          maxLength={500}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <TextInput
          label={t('quota.text')}
          placeholder={quotaRowText({
            text: '',
            count: row.count === '' ? 0 : row.count,
            nomineeKind: row.nomineeKind,
            scope: row.scope,
          })}
          value={row.text}
          onChange={(e) => update({ text: e.currentTarget.value })}
          error={errorOf(`${path}.text`)}
          readOnly={readOnly}
          maxLength={500}
        />
      </Grid.Col>
    </Grid>
  );
}
