import { SimpleGrid, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import { newKey, type PlanPartProps } from './planForm.ts';

/** V. KINH PHÍ: what is paid for and from which source. */
export function BudgetPart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.budget')}>
      <RowList
        rows={form.budgetLines}
        onChange={(rows) => set('budgetLines', rows)}
        readOnly={readOnly}
        createRow={() => ({ key: newKey(), item: '', source: '' })}
        addLabel={t('plan.budgetAdd')}
        rowName={(i) => t('plan.budgetRow', { n: i + 1 })}
        emptyText={t('plan.budgetEmpty')}
        renderRow={(row, i, update) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4}>
            <TextInput
              label={t('plan.budgetItem')}
              placeholder={t('plan.budgetItemPlaceholder')}
              value={row.item}
              onChange={(e) => update({ item: e.currentTarget.value })}
              error={errorOf(`budgetLines.${i}.item`)}
              readOnly={readOnly}
              maxLength={300}
            />
            <TextInput
              label={t('plan.budgetSource')}
              placeholder={t('plan.budgetSourcePlaceholder')}
              value={row.source}
              onChange={(e) => update({ source: e.currentTarget.value })}
              error={errorOf(`budgetLines.${i}.source`)}
              readOnly={readOnly}
              maxLength={500}
            />
          </SimpleGrid>
        )}
      />
    </PlanCard>
  );
}
