import { Button, Collapse, Group, Paper, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { IndicatorRows } from './IndicatorRows.tsx';
import type { FlatSection, SectionForm } from './outlineForm.ts';
import { RequiredMark } from './RequiredMark.tsx';
import { type SectionAction, SectionActions } from './SectionActions.tsx';

export interface OutlineSectionRowProps {
  flat: FlatSection;
  readOnly: boolean;
  enabled: Record<SectionAction, boolean>;
  errorOf: (path: string) => string | undefined;
  onChange: (patch: Partial<SectionForm>) => void;
  onAction: (action: SectionAction) => void;
}

/** One section of the outline, indented by its level, with its number computed from its place. */
export function OutlineSectionRow({
  flat,
  readOnly,
  enabled,
  errorOf,
  onChange,
  onAction,
}: OutlineSectionRowProps) {
  const t = useT();
  const { section, depth, label, fullPath, errorPath } = flat;
  const hasDetailErrors =
    Boolean(errorOf(`${errorPath}.guidance`)) ||
    section.indicators.some((_, i) => errorOf(`${errorPath}.indicators.${i}.name`));
  const [open, setOpen] = useState(false);
  const shown = open || hasDetailErrors;
  const detailCount = section.indicators.length + (section.guidance ? 1 : 0);

  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      ml={{ base: depth * 12, sm: depth * 32 }}
      role="group"
      aria-label={t('outline.section', { path: fullPath })}
      bg={depth === 0 ? 'gray.0' : undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="xs">
        <Text fw={700} w={40} pt={6} ta="right" style={{ flexShrink: 0 }} aria-hidden>
          {label}
        </Text>
        {/* One line of text, wrapped on screen so a long title stays readable on a phone. */}
        <Textarea
          aria-label={t('outline.sectionTitle', { path: fullPath })}
          placeholder={t('outline.sectionTitlePlaceholder')}
          value={section.title}
          onChange={(e) => onChange({ title: e.currentTarget.value.replace(/\s*\n\s*/g, ' ') })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          error={errorOf(`${errorPath}.title`)}
          readOnly={readOnly}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={500}
          styles={depth === 0 ? { input: { fontWeight: 600 } } : undefined}
          style={{ flex: 1, minWidth: 0 }}
        />
      </Group>
      <Group justify="space-between" gap="xs" mt={6} pl={{ base: 0, sm: 48 }}>
        <Group gap="sm">
          {readOnly ? (
            <RequiredMark required={section.required} />
          ) : (
            <Switch
              label={t('outline.required')}
              checked={section.required}
              onChange={(e) => onChange({ required: e.currentTarget.checked })}
              size="sm"
            />
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={shown ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            onClick={() => setOpen(!shown)}
            aria-expanded={shown}
          >
            {t('outline.details', { count: detailCount })}
          </Button>
        </Group>
        {!readOnly && <SectionActions enabled={enabled} onAction={onAction} />}
      </Group>
      <Collapse expanded={shown}>
        <Stack gap="xs" mt="xs" pl={{ base: 0, sm: 48 }}>
          <Textarea
            label={t('outline.guidance')}
            description={t('outline.guidanceHint')}
            value={section.guidance}
            onChange={(e) => onChange({ guidance: e.currentTarget.value })}
            error={errorOf(`${errorPath}.guidance`)}
            readOnly={readOnly}
            autosize
            minRows={1}
            maxRows={6}
            maxLength={5000}
          />
          <Text size="sm" fw={500}>
            {t('outline.indicators')}
          </Text>
          <IndicatorRows
            indicators={section.indicators}
            onChange={(indicators) => onChange({ indicators })}
            readOnly={readOnly}
            sectionPath={fullPath}
            errorOf={(i, field) => errorOf(`${errorPath}.indicators.${i}.${field}`)}
          />
        </Stack>
      </Collapse>
    </Paper>
  );
}
