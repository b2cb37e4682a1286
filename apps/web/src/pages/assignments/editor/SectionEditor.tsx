import { Box, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { IndicatorInput } from './IndicatorInput.tsx';
import { RequiredMark } from './RequiredMark.tsx';
import { RichTextField } from './RichTextField.tsx';
import type { OutlineRow } from './reportContent.ts';
import type { ContentErrors } from './useReportDraft.ts';

export interface SectionEditorProps {
  row: OutlineRow;
  html: string;
  indicators: Record<string, number | null>;
  errors: ContentErrors;
  onText: (sectionId: string, html: string) => void;
  onIndicator: (indicatorId: string, value: number | null) => void;
}

export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;

/**
 * One section of the outline: a heading for a section with sub-sections (and its own text only
 * if some came in, e.g. from Word), or a text area with the section's figures beside it.
 */
export const SectionEditor = memo(function SectionEditor({
  row,
  html,
  indicators,
  errors,
  onText,
  onIndicator,
}: SectionEditorProps) {
  const t = useT();
  const { section, label, path, depth, leaf } = row;
  const editorLabel = t('report.sectionEditor', { path });

  if (!leaf) {
    return (
      <Stack
        gap="xs"
        id={sectionAnchor(section.id)}
        mt={depth === 0 ? 'md' : 'xs'}
        style={{ scrollMarginTop: 72 }}
      >
        <Title order={depth === 0 ? 2 : 3} size={depth === 0 ? 'h4' : 'h5'}>
          {label} {section.title}
        </Title>
        {section.guidance && <Guidance text={section.guidance} />}
        {html && (
          <RichTextField
            name={section.id}
            value={html}
            onChange={onText}
            label={t('report.sectionIntro', { path })}
            error={errors[`section:${section.id}`]}
            minHeight={60}
          />
        )}
      </Stack>
    );
  }

  const hasFigures = section.indicators.length > 0;
  return (
    <Paper
      withBorder
      p={{ base: 'xs', sm: 'md' }}
      radius="md"
      id={sectionAnchor(section.id)}
      // Clear of the page header when a link brings it into view.
      style={{ scrollMarginTop: 72 }}
    >
      <Stack gap="xs">
        <Group gap={4} wrap="nowrap" align="flex-start">
          <Text fw={600} component="h3" m={0} size="md">
            {label} {section.title}
          </Text>
          {section.required && <RequiredMark />}
        </Group>
        {section.guidance && <Guidance text={section.guidance} />}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: hasFigures ? 8 : 12 }}>
            <RichTextField
              name={section.id}
              value={html}
              onChange={onText}
              label={editorLabel}
              error={errors[`section:${section.id}`]}
            />
          </Grid.Col>
          {hasFigures && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Box component="fieldset" m={0} p={0} style={{ border: 0 }}>
                <Text component="legend" size="sm" fw={600} mb={4}>
                  {t('report.indicators')}
                </Text>
                <Stack gap="sm">
                  {section.indicators.map((indicator) => (
                    <IndicatorInput
                      key={indicator.id}
                      indicator={indicator}
                      value={indicators[indicator.id] ?? null}
                      onChange={onIndicator}
                      error={errors[`indicator:${indicator.id}`]}
                    />
                  ))}
                </Stack>
              </Box>
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    </Paper>
  );
});

function Guidance({ text }: { text: string }) {
  return (
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}
