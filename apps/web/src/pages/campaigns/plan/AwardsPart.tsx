import { Grid, Stack, TextInput } from '@mantine/core';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { AwardGroupEditor } from './AwardGroupEditor.tsx';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import { emptyAwardGroup, type PlanPartProps } from './planForm.ts';

/** VI. KHEN THƯỞNG: award groups with their quotas, and where and by when nominations go. */
export function AwardsPart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.awards')} description={t('plan.awardsHint')}>
      <Stack gap="md">
        <RowList
          variant="box"
          rows={form.awardGroups}
          onChange={(rows) => set('awardGroups', rows)}
          readOnly={readOnly}
          createRow={emptyAwardGroup}
          addLabel={t('award.add')}
          rowName={(i) => t('award.row', { n: i + 1 })}
          emptyText={t('award.empty')}
          renderRow={(group, i, update) => <AwardGroupEditor group={group} index={i} update={update} />}
        />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <DateInputVn
              label={t('plan.nominationDeadline')}
              description={t('plan.deadlineHint')}
              value={form.nominationDeadline}
              onChange={(value) => set('nominationDeadline', value)}
              error={errorOf('nominationDeadline')}
              readOnly={readOnly}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('plan.nominationTo')}
              placeholder={t('plan.nominationToPlaceholder')}
              value={form.nominationTo}
              onChange={(e) => set('nominationTo', e.currentTarget.value)}
              error={errorOf('nominationTo')}
              readOnly={readOnly}
              maxLength={500}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label={t('plan.nominationReviewer')}
              placeholder={t('plan.nominationReviewerPlaceholder')}
              value={form.nominationReviewer}
              onChange={(e) => set('nominationReviewer', e.currentTarget.value)}
              error={errorOf('nominationReviewer')}
              readOnly={readOnly}
              maxLength={500}
            />
          </Grid.Col>
        </Grid>
      </Stack>
    </PlanCard>
  );
}
