import { Anchor, Group, NumberFormatter, Paper, Stack, Text, Title } from '@mantine/core';
import type { Outline, ReportContent, TaskKind } from '@tongket/domain';
import { useMemo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { outlineRows } from './editor/reportContent.ts';
import { HtmlView } from './HtmlView.tsx';

export interface ReportContentViewProps {
  kind: TaskKind;
  outline: Outline;
  content: ReportContent;
}

/** A report or a speech as written, section by section, for reading (history, review, read-only). */
export function ReportContentView({ kind, outline, content }: ReportContentViewProps) {
  const t = useT();
  const rows = useMemo(() => outlineRows(outline), [outline]);

  if (kind !== 'report') {
    return (
      <Stack gap="sm">
        <Field label={t('report.topic')} value={content.topic} />
        <Field
          label={t('report.duration')}
          value={
            content.durationMinutes === null ? '' : t('report.minutes', { count: content.durationMinutes })
          }
        />
        {content.link && (
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t('report.link')}:
            </Text>
            <Anchor href={content.link} target="_blank" rel="noopener noreferrer" size="sm">
              {content.link}
            </Anchor>
          </Group>
        )}
        {content.body ? <HtmlView html={content.body} /> : <Empty />}
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {rows.map(({ section, label, depth, leaf }) => {
        const html = content.sections[section.id];
        const figures = section.indicators.filter((i) => content.indicators[i.id] != null);
        if (!leaf) {
          return (
            <Stack key={section.id} gap={4} mt={depth === 0 ? 'sm' : 0}>
              <Title order={depth === 0 ? 3 : 4} size={depth === 0 ? 'h5' : 'h6'}>
                {label} {section.title}
              </Title>
              {html && <HtmlView html={html} />}
            </Stack>
          );
        }
        return (
          <Paper key={section.id} withBorder p="sm" radius="sm">
            <Text fw={600} size="sm" mb={4}>
              {label} {section.title}
            </Text>
            {html ? <HtmlView html={html} /> : <Empty />}
            {figures.length > 0 && (
              <Stack gap={2} mt="xs">
                {figures.map((i) => (
                  <Text key={i.id} size="sm">
                    <Text span c="dimmed">
                      {i.name}:
                    </Text>{' '}
                    <NumberFormatter
                      value={content.indicators[i.id] ?? ''}
                      thousandSeparator="."
                      decimalSeparator=","
                    />{' '}
                    {i.unit}
                  </Text>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  const t = useT();
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {label}:
      </Text>{' '}
      {value || t('common.none')}
    </Text>
  );
}

function Empty() {
  const t = useT();
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {t('report.sectionEmpty')}
    </Text>
  );
}
