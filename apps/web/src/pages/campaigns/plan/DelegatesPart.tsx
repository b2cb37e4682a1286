import { NumberInput, Stack, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import { newKey, type PlanPartProps } from './planForm.ts';

/** IV. THÀNH PHẦN: who is invited, one group a line, and how many delegates are expected. */
export function DelegatesPart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.delegates')}>
      <Stack gap="sm">
        <RowList
          rows={form.delegateGroups}
          onChange={(rows) => set('delegateGroups', rows)}
          readOnly={readOnly}
          createRow={() => ({ key: newKey(), text: '' })}
          addLabel={t('plan.delegatesAdd')}
          rowName={(i) => t('plan.delegatesLine', { n: i + 1 })}
          emptyText={t('plan.delegatesEmpty')}
          renderRow={(row, i, update) => (
            <TextInput
              aria-label={t('plan.delegatesRow', { n: i + 1 })}
              placeholder={t('plan.delegatesPlaceholder')}
              value={row.text}
              onChange={(e) => update({ text: e.currentTarget.value })}
              error={errorOf(`delegateGroups.${i}.text`)}
              readOnly={readOnly}
              maxLength={500}
            />
          )}
        />
        <NumberInput
          label={t('plan.expectedDelegates')}
          value={form.expectedDelegates}
          onChange={(value) => set('expectedDelegates', typeof value === 'number' ? value : '')}
          error={errorOf('expectedDelegates')}
          readOnly={readOnly}
          min={0}
          max={100_000}
          allowDecimal={false}
          allowNegative={false}
          suffix={` ${t('plan.people')}`}
          maw={260}
        />
      </Stack>
    </PlanCard>
  );
}
