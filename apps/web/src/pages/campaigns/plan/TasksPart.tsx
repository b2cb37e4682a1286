import { Grid, Stack, Switch, TextInput } from '@mantine/core';
import { taskLabel } from '@tongket/domain';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import { emptyTask, type PlanPartProps, type TaskForm } from './planForm.ts';
import { TaskRowEditor } from './TaskRowEditor.tsx';

/** VII. TỔ CHỨC THỰC HIỆN: who does what by when, then where reports go. */
export function TasksPart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf, scope } = usePlanEditor();
  const printed = (task: TaskForm | undefined) => (task ? taskLabel(task, scope.nameOf) : '');

  return (
    <PlanCard title={t('plan.tasks')} description={t('plan.tasksHint')}>
      <Stack gap="md">
        <RowList
          variant="box"
          rows={form.tasks}
          onChange={(rows) => set('tasks', rows)}
          readOnly={readOnly}
          createRow={() => emptyTask()}
          addLabel={t('task.add')}
          rowName={(i) => t('task.row', { n: i + 1 })}
          emptyText={t('task.empty')}
          renderRow={(task, i, update) => {
            const label = printed(task);
            return (
              <TaskRowEditor
                task={task}
                index={i}
                joinsPrevious={i > 0 && label !== '' && label === printed(form.tasks[i - 1])}
                update={update}
              />
            );
          }}
        />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <DateInputVn
              label={t('plan.reportDeadline')}
              description={t('plan.deadlineHint')}
              value={form.reportDeadline}
              onChange={(value) => set('reportDeadline', value)}
              error={errorOf('reportDeadline')}
              readOnly={readOnly}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('plan.submissionTo')}
              placeholder={t('plan.submissionToPlaceholder')}
              value={form.submissionTo}
              onChange={(e) => set('submissionTo', e.currentTarget.value)}
              error={errorOf('submissionTo')}
              readOnly={readOnly}
              maxLength={500}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('plan.submissionEmail')}
              type="email"
              value={form.submissionEmail}
              onChange={(e) => set('submissionEmail', e.currentTarget.value)}
              error={errorOf('submissionEmail')}
              readOnly={readOnly}
              autoComplete="off"
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Switch
              label={t('plan.signedReports')}
              description={t('plan.signedReportsHint')}
              checked={form.signedReports}
              onChange={(e) => set('signedReports', e.currentTarget.checked)}
              disabled={readOnly}
            />
          </Grid.Col>
        </Grid>
      </Stack>
    </PlanCard>
  );
}
