import {
  Accordion,
  Alert,
  Badge,
  Group,
  Loader,
  ScrollArea,
  Spoiler,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import type { SynthesisFlagKind, SynthesisSentence } from '@tongket/domain';
import { memo } from 'react';
import { useConsolidatedSources } from '../../api/consolidation.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { namesPreview, sourceUnits } from './sourceUnits.ts';

/** Names shown when hovering a sentence's count; the whole list is one click away. */
const HOVER_NAMES = 12;

const KIND_LABEL: Record<Exclude<SynthesisSentence['kind'], 'heading'>, MessageKey> = {
  figure: 'consolidated.sourceKindFigure',
  theme: 'consolidated.sourceKindTheme',
  item: 'consolidated.sourceKindItem',
};

const FLAG_LABEL: Record<SynthesisFlagKind, MessageKey> = {
  empty: 'consolidated.flagEmpty',
  copied: 'consolidated.flagCopied',
  all_caps: 'consolidated.flagAllCaps',
  too_long: 'consolidated.flagTooLong',
  table: 'consolidated.flagTable',
  heading: 'consolidated.flagHeading',
  trimmed: 'consolidated.flagTrimmed',
  wrong_section: 'consolidated.flagWrongSection',
};

export interface SectionSourcesProps {
  campaignId: string;
  /** The consolidated report's version on the page: its sources are read for that version. */
  version: number;
  sectionId: string;
  sectionPath: string;
}

/**
 * Where each sentence of a section's generated text came from: click a sentence to read what each
 * unit behind it wrote (hover its count for their names), and what the synthesis could not use.
 */
export const SectionSources = memo(function SectionSources({
  campaignId,
  version,
  sectionId,
  sectionPath,
}: SectionSourcesProps) {
  const t = useT();
  const message = useErrorMessage();
  const query = useConsolidatedSources(campaignId, version, true);

  if (query.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('consolidated.sourcesLoading')}
        </Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" role="alert" p="xs">
        <Text size="sm">{message(query.error)}</Text>
      </Alert>
    );
  }

  const section = query.data.sections.find((s) => s.sectionId === sectionId);
  const sentences = (section?.sentences ?? []).filter(
    (s): s is SynthesisSentence & { kind: Exclude<SynthesisSentence['kind'], 'heading'> } =>
      s.kind !== 'heading' && s.sources.length > 0,
  );
  const flags = section?.flags ?? [];
  if (!section || (sentences.length === 0 && flags.length === 0)) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('consolidated.sourcesNone')}
      </Text>
    );
  }

  return (
    <Stack
      gap={6}
      data-testid="section-sources"
      aria-label={t('consolidated.sourcesOf', { path: sectionPath })}
    >
      {!section.generated && (
        <Text size="xs" c="dimmed">
          {t('consolidated.sourcesEdited')}
        </Text>
      )}
      {/* As tall as the text beside it at most: a long list scrolls within. */}
      <ScrollArea.Autosize mah={640} type="auto" offsetScrollbars>
        <Accordion multiple variant="separated" chevronPosition="left">
          {sentences.map((sentence) => {
            const units = sourceUnits(sentence.sources);
            // The previous round's total is a source of the change, not a unit reporting.
            const reporting = units.filter((u) => !u.previousRound);
            const preview = namesPreview(
              reporting.map((u) => u.unitName),
              HOVER_NAMES,
            );
            const names =
              preview.more > 0
                ? t('consolidated.sourceNamesMore', { names: preview.shown.join(', '), count: preview.more })
                : preview.shown.join(', ');
            return (
              <Accordion.Item key={sentence.id} value={String(sentence.id)} data-testid="source-sentence">
                <Accordion.Control>
                  <Stack gap={4}>
                    <Text size="sm" lineClamp={3}>
                      {sentence.text}
                    </Text>
                    <Group gap={6}>
                      <Badge size="xs" variant="light" color="gray">
                        {t(KIND_LABEL[sentence.kind])}
                      </Badge>
                      <Tooltip label={names} multiline w={320} withArrow openDelay={200}>
                        <Badge size="xs" variant="light" data-testid="source-count">
                          {t('consolidated.sourceUnits', { count: reporting.length })}
                        </Badge>
                      </Tooltip>
                    </Group>
                  </Stack>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap={6}>
                    {units.map((unit) => (
                      <div
                        key={`${unit.previousRound ? 'round:' : ''}${unit.unitId}`}
                        data-testid="source-unit"
                      >
                        <Group gap={6}>
                          <Text size="sm" fw={600}>
                            {unit.unitName}
                          </Text>
                          {unit.previousRound && (
                            <Badge size="xs" variant="light" color="gray">
                              {t('consolidated.sourcePreviousRound')}
                            </Badge>
                          )}
                        </Group>
                        {unit.texts.map((text) => (
                          <Text key={text} size="sm" c="dimmed">
                            {text}
                          </Text>
                        ))}
                      </div>
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </ScrollArea.Autosize>
      {flags.length > 0 && (
        <Stack gap={4} data-testid="source-flags">
          <Text size="sm" fw={600}>
            {t('consolidated.flagsTitle', { count: flags.length })}
          </Text>
          {flags.map((flag, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: flags have no id and never reorder
            <div key={i} data-testid="source-flag">
              <Group gap={6}>
                <Badge size="xs" color="orange" variant="light">
                  {t(FLAG_LABEL[flag.kind])}
                </Badge>
                <Text size="sm" fw={600}>
                  {flag.unitName}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {flag.message}
              </Text>
              {flag.texts.length > 0 && (
                <Spoiler
                  maxHeight={44}
                  showLabel={t('consolidated.readMore')}
                  hideLabel={t('consolidated.readLess')}
                >
                  {flag.texts.map((text) => (
                    <Text key={text} size="xs" c="dimmed" fs="italic">
                      {text}
                    </Text>
                  ))}
                </Spoiler>
              )}
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
});
