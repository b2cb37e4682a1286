import { TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import { newKey, type PlanPartProps } from './planForm.ts';

/** II. NỘI DUNG CHƯƠNG TRÌNH HỘI NGHỊ: the agenda, one item a line, in order. */
export function ProgrammePart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.programme')} description={t('plan.programmeHint')}>
      <RowList
        rows={form.programme}
        onChange={(rows) => set('programme', rows)}
        readOnly={readOnly}
        createRow={() => ({ key: newKey(), text: '' })}
        addLabel={t('plan.programmeAdd')}
        rowName={(i) => t('plan.programmeLine', { n: i + 1 })}
        emptyText={t('plan.programmeEmpty')}
        renderRow={(row, i, update) => (
          <TextInput
            aria-label={t('plan.programmeRow', { n: i + 1 })}
            placeholder={t('plan.programmePlaceholder')}
            value={row.text}
            onChange={(e) => update({ text: e.currentTarget.value })}
            error={errorOf(`programme.${i}.text`)}
            readOnly={readOnly}
            maxLength={500}
          />
        )}
      />
    </PlanCard>
  );
}
