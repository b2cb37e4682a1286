import { Grid, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { Assignment, ReportContent } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';
import { RichTextField } from './RichTextField.tsx';
import type { ContentErrors } from './useReportDraft.ts';

export interface TaskFieldsProps {
  assignment: Assignment;
  content: ReportContent;
  errors: ContentErrors;
  onText: (name: string, html: string) => void;
  onChange: (edit: (current: ReportContent) => ReportContent, field: string) => void;
}

const LINK = /^https?:\/\/\S+$/i;

/** A speech, a documentary or another task: its text, topic, length and link. */
export function TaskFields({ assignment, content, errors, onText, onChange }: TaskFieldsProps) {
  const t = useT();
  const { kind, minMinutes: min, maxMinutes: max } = assignment;
  const bodyLabel =
    kind === 'speech' ? t('report.bodySpeech') : kind === 'media' ? t('report.bodyMedia') : t('report.body');
  const duration = content.durationMinutes;
  const outside = duration !== null && ((min !== null && duration < min) || (max !== null && duration > max));
  const durationHint =
    min !== null && max !== null
      ? t('report.durationRange', { min, max })
      : min !== null
        ? t('report.durationMin', { min })
        : max !== null
          ? t('report.durationMax', { max })
          : undefined;
  const linkInvalid = content.link !== '' && !LINK.test(content.link.trim());

  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
      <Stack gap="md">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('report.topic')}
              description={assignment.topic ? t('report.topicPlan', { topic: assignment.topic }) : undefined}
              value={content.topic}
              onChange={(e) => {
                const topic = e.currentTarget.value;
                onChange((c) => ({ ...c, topic }), 'topic');
              }}
              error={errors.topic}
              maxLength={1000}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberInput
              label={t('report.duration')}
              description={durationHint}
              value={duration ?? ''}
              onChange={(next) => {
                const minutes = typeof next === 'number' ? next : null;
                onChange((c) => ({ ...c, durationMinutes: minutes }), 'duration');
              }}
              min={1}
              max={600}
              allowDecimal={false}
              allowNegative={false}
              error={errors.duration ?? (outside ? t('report.durationOutside') : undefined)}
              inputMode="numeric"
            />
          </Grid.Col>
        </Grid>
        <div>
          <Text fw={500} size="sm" mb={4}>
            {bodyLabel}
          </Text>
          <RichTextField
            name="body"
            value={content.body}
            onChange={onText}
            label={bodyLabel}
            error={errors.body}
            minHeight={240}
          />
        </div>
        <TextInput
          label={kind === 'media' ? t('report.linkMedia') : t('report.link')}
          description={t('report.linkHint')}
          placeholder="https://"
          value={content.link}
          onChange={(e) => {
            const link = e.currentTarget.value;
            onChange((c) => ({ ...c, link }), 'link');
          }}
          error={errors.link ?? (linkInvalid ? t('report.linkInvalid') : undefined)}
          type="url"
          inputMode="url"
        />
      </Stack>
    </Paper>
  );
}
