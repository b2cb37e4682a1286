import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Outline, Submission } from '@tongket/domain';
import { useMemo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { outlineRows, sectionName } from '../editor/reportContent.ts';
import classes from './DiffText.module.css';
import { DiffText } from './DiffText.tsx';
import type { FigureChange } from './figureChanges.ts';

export interface SubmissionDiffProps {
  diff: NonNullable<Submission['diff']>;
  outline: Outline;
  /** The figures that changed (the server's diff is of the text only). */
  figures: readonly FigureChange[];
}

/** What changed since the previous submission, section by section in outline order, then the figures. */
export function SubmissionDiff({ diff, outline, figures }: SubmissionDiffProps) {
  const t = useT();
  const rows = useMemo(() => outlineRows(outline), [outline]);
  const parts = [
    ...rows.filter((r) => diff[r.section.id]).map((r) => ({ key: r.section.id, title: sectionName(r) })),
    ...(diff.body ? [{ key: 'body', title: t('report.body') }] : []),
  ];
  if (parts.length === 0 && figures.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('submission.noChanges')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="md">
        <Text size="xs" c="dimmed">
          <ins className={classes.added}>{t('diff.addedSample')}</ins>
        </Text>
        <Text size="xs" c="dimmed">
          <del className={classes.removed}>{t('diff.removedSample')}</del>
        </Text>
      </Group>
      {parts.map(({ key, title }) => {
        const part = diff[key];
        return part ? (
          <Paper key={key} withBorder p="sm" radius="sm" data-testid="diff-section">
            <Text fw={600} size="sm" mb={4}>
              {title}
            </Text>
            <DiffText parts={part} />
          </Paper>
        ) : null;
      })}
      {figures.length > 0 && (
        <Paper withBorder p="sm" radius="sm" data-testid="diff-figures">
          <Text fw={600} size="sm" mb={4}>
            {t('submission.figures')}
          </Text>
          <Stack gap={2}>
            {figures.map((f) => (
              <Text key={f.id} size="sm">
                <Text span c="dimmed">
                  {f.name}:
                </Text>{' '}
                <del className={classes.removed}>{figureText(f.before)}</del> →{' '}
                <ins className={classes.added}>{figureText(f.after)}</ins> {f.unit}
              </Text>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const figureText = (value: number | null) => (value === null ? '—' : numberFormat.format(value));
