import { Badge, Grid, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ConsolidatedReport } from '@tongket/domain';
import { memo, useCallback, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { RichTextField } from '../assignments/editor/RichTextField.tsx';
import { HtmlView } from '../assignments/HtmlView.tsx';
import { type Contribution, ContributionsList } from './ContributionsList.tsx';
import { SectionSources } from './SectionSources.tsx';
import { attributedHtml } from './useConsolidatedEdits.ts';

export type ConsolidatedSectionData = ConsolidatedReport['sections'][number];

/** "I.", "2.", "b)" — the number as the outline prints it, from the section's path and depth. */
export function printedLabel(section: Pick<ConsolidatedSectionData, 'label' | 'depth'>): string {
  const own = section.label.split('.').at(-1) ?? section.label;
  return section.depth >= 2 ? `${own})` : `${own}.`;
}

export const consolidatedAnchor = (sectionId: string) => `consolidated-${sectionId}`;

export interface ConsolidatedSectionProps {
  campaignId: string;
  /** The report's version on the page, whose generated sentences the sources panel explains. */
  version: number;
  section: ConsolidatedSectionData;
  /**
   * False for a section with sub-sections: a heading only, unless units wrote under it (an
   * introduction before its sub-sections) or it has text of its own — then edited like the others.
   */
  leaf: boolean;
  /** The text shown: what was typed here, else the stored text. */
  value: string;
  canEdit: boolean;
  /** Typed here and not saved yet. */
  changed: boolean;
  onChange: (sectionId: string, html: string) => void;
  onAppend: (sectionId: string, html: string) => void;
}

/** Sections in reading order: one is a leaf unless the next goes deeper. */
export function leafFlags(sections: readonly Pick<ConsolidatedSectionData, 'depth'>[]): boolean[] {
  return sections.map((s, i) => (sections[i + 1]?.depth ?? -1) <= s.depth);
}

/**
 * One section of the consolidated report: the standing agency's text (editable) with what each
 * unit wrote for it beside; a section with sub-sections and nothing written under it is a heading.
 */
export const ConsolidatedSection = memo(function ConsolidatedSection({
  campaignId,
  version,
  section,
  leaf,
  value,
  canEdit,
  changed,
  onChange,
  onAppend,
}: ConsolidatedSectionProps) {
  const t = useT();
  const [panel, setPanel] = useState<'contributions' | 'sources'>('contributions');
  const heading = `${printedLabel(section)} ${section.title}`;
  const id = section.sectionId;
  const insert = useCallback(
    (c: Contribution) => onAppend(id, attributedHtml(c.unitName, c.html)),
    [onAppend, id],
  );

  if (!leaf && !value && !changed && section.contributionCount === 0) {
    return (
      <Title
        order={section.depth === 0 ? 3 : 4}
        size={section.depth === 0 ? 'h4' : 'h5'}
        mt={section.depth === 0 ? 'md' : 'xs'}
        id={consolidatedAnchor(id)}
        style={{ scrollMarginTop: 72 }}
      >
        {heading}
      </Title>
    );
  }

  return (
    <Paper
      withBorder
      p={{ base: 'xs', sm: 'md' }}
      radius="md"
      id={consolidatedAnchor(id)}
      style={{ scrollMarginTop: 72 }}
      data-testid="consolidated-section"
      data-path={section.label}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Text fw={600} component="h3" m={0} size="md">
            {heading}
          </Text>
          {changed ? (
            <Badge color="orange" variant="light" miw="max-content">
              {t('consolidated.unsavedSection')}
            </Badge>
          ) : (
            !section.generated && (
              <Badge color="gray" variant="light" miw="max-content">
                {t('consolidated.edited')}
              </Badge>
            )
          )}
        </Group>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            {canEdit ? (
              <RichTextField
                name={id}
                value={value}
                onChange={onChange}
                label={t('consolidated.sectionEditor', { path: section.label })}
                minHeight={140}
                maxHeight={560}
              />
            ) : value ? (
              <Paper bg="gray.0" p="sm" radius="sm" mah={560} style={{ overflowY: 'auto' }}>
                <HtmlView html={value} />
              </Paper>
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                {t('consolidated.sectionEmpty')}
              </Text>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="xs">
              {section.contributionCount > 0 && (
                <SegmentedControl
                  size="xs"
                  value={panel}
                  onChange={(next) => setPanel(next === 'sources' ? 'sources' : 'contributions')}
                  data={[
                    {
                      value: 'contributions',
                      label: t('consolidated.panelContributions', { count: section.contributionCount }),
                    },
                    { value: 'sources', label: t('consolidated.panelSources') },
                  ]}
                  aria-label={t('consolidated.panels', { path: section.label })}
                />
              )}
              {panel === 'sources' ? (
                <SectionSources
                  campaignId={campaignId}
                  version={version}
                  sectionId={id}
                  sectionPath={section.label}
                />
              ) : (
                <ContributionsList
                  campaignId={campaignId}
                  version={version}
                  section={section}
                  onInsert={canEdit ? insert : undefined}
                />
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Paper>
  );
});
