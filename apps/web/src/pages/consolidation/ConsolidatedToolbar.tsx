import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowBigUpLines, IconRefresh } from '@tabler/icons-react';
import {
  type ConsolidatedReport,
  type ConsolidationBasis,
  formatDateTimeVn,
  MAX_TARGET_PAGES,
} from '@tongket/domain';
import { type ReactNode, useEffect, useState } from 'react';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import { useT } from '../../i18n/useT.ts';
import { ConsolidatedDownloads } from './ConsolidatedDownloads.tsx';
import { type LengthNote, lengthNote, targetPagesOf } from './lengthTarget.ts';

export interface ConsolidatedToolbarProps {
  campaignId: string;
  report: ConsolidatedReport;
  dirty: boolean;
  regenerating: boolean;
  /** With the length target in the field beside the button (null: none). */
  onRegenerate: (targetPages: number | null) => void;
  onBasis: (basis: ConsolidationBasis) => void;
  /** A lower round run by the caller's unit: its result can go up as the unit's report. */
  onSendUp?: (() => void) | undefined;
  /** What the last regeneration did, a refused one, news from the units. */
  children?: ReactNode;
}

/**
 * The head of the consolidated report: when it was last built and edited, what it is built from,
 * "Tổng hợp lại" with the count of contributions not yet taken in, the downloads, and the way up.
 */
export function ConsolidatedToolbar(props: ConsolidatedToolbarProps) {
  const { report, dirty } = props;
  const t = useT();
  const phone = useMediaQuery('(max-width: 36em)');
  const stored = report.length.targetPages;
  const [target, setTarget] = useState<string | number>(stored ?? '');
  // A regeneration (or a reload) brings the stored target back into the field.
  useEffect(() => setTarget(stored ?? ''), [stored]);
  const targetPages = targetPagesOf(target);
  const note = lengthNote(report);
  const basisLabel = (b: ConsolidationBasis) =>
    b === 'accepted' ? t('consolidated.basisAccepted') : t('consolidated.basisSubmitted');

  const status: string[] = [];
  if (report.generatedAt)
    status.push(t('consolidated.generatedAt', { time: formatDateTimeVn(report.generatedAt) }));
  if (report.updatedAt && report.updatedAt !== report.generatedAt) {
    status.push(
      t('consolidated.updatedBy', {
        time: formatDateTimeVn(report.updatedAt),
        who: report.updatedBy ?? t('merge.someone'),
      }),
    );
  }

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" data-testid="consolidated-toolbar">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Title order={2} size="h4">
              {t('consolidated.title')}
            </Title>
            <Text size="sm" c="dimmed" data-testid="consolidated-status">
              {report.version === 0
                ? report.canEdit
                  ? t('consolidated.neverGenerated')
                  : t('consolidated.neverGeneratedReader')
                : status.join(' · ')}
            </Text>
          </Stack>
          <Group gap="xs">
            <ConsolidatedDownloads campaignId={props.campaignId} dirty={dirty} released={report.released} />
          </Group>
        </Group>

        {report.canEdit ? (
          <Group gap="md" align="flex-end">
            <Stack gap={4} style={phone ? { flex: '1 1 100%' } : undefined}>
              <Text size="sm" fw={500} id="consolidated-basis">
                {t('consolidated.basis')}
              </Text>
              <SegmentedControl
                value={report.basis}
                onChange={(value) => props.onBasis(value as ConsolidationBasis)}
                data={[
                  { value: 'accepted', label: basisLabel('accepted') },
                  { value: 'submitted', label: basisLabel('submitted') },
                ]}
                orientation={phone ? 'vertical' : 'horizontal'}
                fullWidth={phone}
                disabled={dirty || props.regenerating}
                aria-labelledby="consolidated-basis"
              />
            </Stack>
            <Stack gap={4}>
              <Text size="xs" c={report.newContributions > 0 ? 'orange.8' : 'dimmed'} fw={500}>
                {report.newContributions > 0
                  ? t('consolidated.newCount', { count: report.newContributions })
                  : t('consolidated.noNew')}
              </Text>
              <Button
                leftSection={<IconRefresh size={16} />}
                rightSection={
                  report.newContributions > 0 ? (
                    <Badge size="sm" color="orange" variant="filled" circle={report.newContributions < 10}>
                      {report.newContributions}
                    </Badge>
                  ) : undefined
                }
                onClick={() => targetPages !== undefined && props.onRegenerate(targetPages)}
                loading={props.regenerating}
                disabled={dirty || targetPages === undefined}
              >
                {t('consolidated.regenerate')}
              </Button>
            </Stack>
            <NumberInput
              label={t('consolidated.targetPages')}
              placeholder={t('consolidated.targetPagesPlaceholder')}
              value={target}
              onChange={setTarget}
              error={targetPages === undefined ? t('consolidated.targetPagesInvalid') : undefined}
              min={1}
              max={MAX_TARGET_PAGES}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              disabled={props.regenerating}
              title={t('consolidated.targetPagesHint')}
              w={170}
              data-testid="target-pages"
            />
            {props.onSendUp && (
              <Button
                variant="light"
                color="grape"
                leftSection={<IconArrowBigUpLines size={16} />}
                onClick={props.onSendUp}
                disabled={props.regenerating}
              >
                {t('consolidated.sendUp')}
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm">
            {t('consolidated.basis')}: {basisLabel(report.basis)}
          </Text>
        )}
        {report.canEdit && dirty && (
          <Alert color="orange" p={6} variant="light">
            <Text size="xs">{t('consolidated.saveFirst')}</Text>
          </Alert>
        )}
        {report.canEdit && !dirty && (
          <Text size="xs" c="dimmed">
            {t('consolidated.regenerateHint')}
          </Text>
        )}
        {note &&
          (note.kind === 'minimum' || note.kind === 'over' ? (
            <Alert color="orange" p={6} variant="light" data-testid="consolidated-length">
              <Text size="sm">{lengthText(t, note)}</Text>
            </Alert>
          ) : (
            <Text size="sm" data-testid="consolidated-length">
              {lengthText(t, note)}
            </Text>
          ))}
        {props.children}
      </Stack>
    </Paper>
  );
}

function lengthText(t: Translate, note: LengthNote): string {
  switch (note.kind) {
    case 'length':
      return t('consolidated.lengthOnly', { pages: note.pages });
    case 'fits':
      return t('consolidated.lengthFits', { pages: note.pages, target: note.target });
    case 'minimum':
      return t('consolidated.lengthMinimum', { pages: note.pages, target: note.target });
    case 'over':
      return t('consolidated.lengthOver', { pages: note.pages, target: note.target });
  }
}
