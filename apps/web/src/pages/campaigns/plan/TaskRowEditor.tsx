import { Grid, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type TaskKind, taskLabel } from '@tongket/domain';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { UnitMultiSelect } from '../../../components/UnitMultiSelect.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { usePlanEditor } from './planEditorContext.ts';
import type { TaskForm } from './planForm.ts';
import { UnitKindAdder } from './UnitKindAdder.tsx';

export interface TaskRowEditorProps {
  task: TaskForm;
  index: number;
  /** True when the row above prints under the same label: the two print as one numbered item. */
  joinsPrevious: boolean;
  update: (patch: Partial<TaskForm>) => void;
}

const TIMED: readonly TaskKind[] = ['speech', 'media'];

/** One row of VII. TỔ CHỨC THỰC HIỆN; each of its units gets one assignment when the plan is issued. */
export function TaskRowEditor({ task, index, joinsPrevious, update }: TaskRowEditorProps) {
  const t = useT();
  const labels = useLabels();
  const { readOnly, errorOf, scope } = usePlanEditor();
  const path = `tasks.${index}`;
  const timed = TIMED.includes(task.kind);
  const joined = taskLabel({ label: '', unitIds: task.unitIds }, scope.nameOf);

  const addUnits = (ids: string[]) => {
    const next = [...task.unitIds];
    for (const id of ids) if (!next.includes(id)) next.push(id);
    update({ unitIds: next });
  };

  const deadline = (
    <DateInputVn
      label={t('task.deadline')}
      value={task.deadline}
      onChange={(deadline) => update({ deadline })}
      error={errorOf(`${path}.deadline`)}
      readOnly={readOnly}
    />
  );

  return (
    <Stack gap="xs">
      {joinsPrevious && (
        <Text size="xs" c="dimmed" fs="italic">
          {t('task.joinsPrevious')}
        </Text>
      )}
      <Grid gap="xs">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('task.kind')}
            data={labels.taskKindOptions}
            value={task.kind}
            onChange={(value) => value && update({ kind: value as TaskKind })}
            error={errorOf(`${path}.kind`)}
            readOnly={readOnly}
            allowDeselect={false}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <UnitMultiSelect
            label={t('task.units')}
            units={scope.units}
            value={task.unitIds}
            onChange={(unitIds) => update({ unitIds })}
            error={errorOf(`${path}.unitIds`)}
            readOnly={readOnly}
            placeholder={readOnly ? undefined : t('task.unitsPlaceholder')}
            nothingFoundMessage={t('common.noResults')}
            clearable={!readOnly}
          />
          {!readOnly && (
            <Group gap="xs" mt={4}>
              <UnitKindAdder scope={scope} onAdd={addUnits} />
            </Group>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: timed ? 12 : 8 }}>
          <TextInput
            label={t('task.label')}
            placeholder={joined || t('task.labelHint')}
            value={task.label}
            onChange={(e) => update({ label: e.currentTarget.value })}
            error={errorOf(`${path}.label`)}
            readOnly={readOnly}
            maxLength={1000}
          />
        </Grid.Col>
        {!timed && <Grid.Col span={{ base: 12, sm: 4 }}>{deadline}</Grid.Col>}
        <Grid.Col span={12}>
          <Textarea
            label={t('task.text')}
            value={task.text}
            onChange={(e) => update({ text: e.currentTarget.value })}
            error={errorOf(`${path}.text`)}
            readOnly={readOnly}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={4000}
          />
        </Grid.Col>
        {timed && (
          <>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('task.topic')}
                placeholder={t('task.topicHint')}
                value={task.topic}
                onChange={(e) => update({ topic: e.currentTarget.value })}
                error={errorOf(`${path}.topic`)}
                readOnly={readOnly}
                maxLength={1000}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>{deadline}</Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <NumberInput
                label={t('task.minMinutes')}
                value={task.minMinutes}
                onChange={(value) => update({ minMinutes: typeof value === 'number' ? value : '' })}
                error={errorOf(`${path}.minMinutes`)}
                readOnly={readOnly}
                min={1}
                max={600}
                allowDecimal={false}
                allowNegative={false}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <NumberInput
                label={t('task.maxMinutes')}
                value={task.maxMinutes}
                onChange={(value) => update({ maxMinutes: typeof value === 'number' ? value : '' })}
                error={errorOf(`${path}.maxMinutes`)}
                readOnly={readOnly}
                min={1}
                max={600}
                allowDecimal={false}
                allowNegative={false}
              />
            </Grid.Col>
          </>
        )}
      </Grid>
    </Stack>
  );
}
