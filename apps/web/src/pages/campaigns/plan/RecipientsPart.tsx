import { Grid, TextInput } from '@mantine/core';
import { UnitMultiSelect } from '../../../components/UnitMultiSelect.tsx';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import { newKey, type PlanPartProps } from './planForm.ts';

/** Nơi nhận: each line as printed (the last one "Lưu: VT, …") and, if it names units, which ones. */
export function RecipientsPart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf, scope } = usePlanEditor();
  return (
    <PlanCard title={t('plan.recipients')} description={t('plan.recipientsHint')}>
      <RowList
        rows={form.recipients}
        onChange={(rows) => set('recipients', rows)}
        readOnly={readOnly}
        createRow={() => ({ key: newKey(), text: '', unitIds: [] })}
        addLabel={t('plan.recipientsAdd')}
        rowName={(i) => t('plan.recipientsLine', { n: i + 1 })}
        emptyText={t('plan.recipientsEmpty')}
        renderRow={(row, i, update) => (
          <Grid gap="xs">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TextInput
                aria-label={t('plan.recipientsRow', { n: i + 1 })}
                placeholder={t('plan.recipientsPlaceholder')}
                value={row.text}
                onChange={(e) => update({ text: e.currentTarget.value })}
                error={errorOf(`recipients.${i}.text`)}
                readOnly={readOnly}
                maxLength={300}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <UnitMultiSelect
                aria-label={t('plan.recipientsUnits', { n: i + 1 })}
                placeholder={readOnly ? undefined : t('plan.recipientsUnitsPlaceholder')}
                units={scope.units}
                value={row.unitIds}
                onChange={(unitIds) => update({ unitIds })}
                error={errorOf(`recipients.${i}.unitIds`)}
                readOnly={readOnly}
                nothingFoundMessage={t('common.noResults')}
              />
            </Grid.Col>
          </Grid>
        )}
      />
    </PlanCard>
  );
}
