import { Badge, Button, Chip, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconCornerDownLeft, IconSearch } from '@tabler/icons-react';
import { CONTRIBUTIONS_FIRST_PAGE, type ConsolidatedReport } from '@tongket/domain';
import { memo, useMemo, useState } from 'react';
import { CONTRIBUTIONS_PAGE, useSectionContributions } from '../../api/consolidation.ts';
import { useT } from '../../i18n/useT.ts';
import { htmlText } from '../assignments/editor/reportContent.ts';
import { HtmlView } from '../assignments/HtmlView.tsx';
import classes from './Consolidated.module.css';

export type Contribution = ConsolidatedReport['sections'][number]['contributions'][number];

/** A search box is worth its place from this many units on. */
const SEARCH_FROM = 8;
/** Longer than this (in characters of text), a contribution shows its start until opened. */
const LONG_TEXT = 360;

export interface ContributionsListProps {
  campaignId: string;
  /** The report's version: the list starts again when it changes. */
  version: number;
  section: Pick<
    ConsolidatedReport['sections'][number],
    'sectionId' | 'label' | 'contributions' | 'contributionCount' | 'newCount'
  >;
  /** Adds a contribution at the end of the section's text; absent for readers. */
  onInsert?: ((contribution: Contribution) => void) | undefined;
}

/**
 * What each unit wrote for one section, in tree order: the new ones marked, long texts folded.
 * The report brings the first few; "Xem thêm" asks the server for the next page, and the search
 * (by unit name) and "only new" ask it from the start — a thousand units' texts are never all sent.
 */
export const ContributionsList = memo(function ContributionsList({
  campaignId,
  version,
  section,
  onInsert,
}: ContributionsListProps) {
  const t = useT();
  const sectionPath = section.label;
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const [onlyNew, setOnlyNew] = useState(false);
  const [inserted, setInserted] = useState<ReadonlySet<string>>(new Set());
  const count = section.contributionCount;
  const newCount = section.newCount;
  const list = useSectionContributions(campaignId, section, version, { q: query, onlyNew });

  if (count === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('consolidated.noContributions')}
      </Text>
    );
  }

  const rest = list.total - list.items.length;

  return (
    <Stack gap={6} data-testid="contributions">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('consolidated.contributions', { count })}
        </Text>
        {newCount > 0 && (
          <Badge color="orange" variant="light" miw="max-content">
            {t('consolidated.newCountBadge', { count: newCount })}
          </Badge>
        )}
      </Group>
      {count >= SEARCH_FROM && (
        <Group gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            leftSection={<IconSearch size={14} />}
            placeholder={t('consolidated.searchUnits')}
            aria-label={t('consolidated.searchUnitsIn', { path: sectionPath })}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {newCount > 0 && newCount < count && (
            <Chip size="xs" checked={onlyNew} onChange={setOnlyNew}>
              {t('consolidated.onlyNew')}
            </Chip>
          )}
        </Group>
      )}
      {list.items.map((c) => (
        <ContributionCard
          key={c.submissionId}
          contribution={c}
          sectionPath={sectionPath}
          inserted={inserted.has(c.submissionId)}
          onInsert={
            onInsert &&
            (() => {
              onInsert(c);
              setInserted((s) => new Set(s).add(c.submissionId));
            })
          }
        />
      ))}
      {list.pending && <Loader size="xs" aria-label={t('consolidated.contributionsLoading')} />}
      {list.failed && (
        <Group gap="xs">
          <Text size="sm" c="red">
            {t('consolidated.contributionsFailed')}
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={list.retry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
      {!list.pending && !list.failed && list.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('common.noResults')}
        </Text>
      )}
      <Group gap="xs">
        {rest > 0 && (
          <Button size="compact-sm" variant="subtle" loading={list.loadingMore} onClick={list.more}>
            {t('consolidated.showMore', { count: Math.min(rest, CONTRIBUTIONS_PAGE), total: rest })}
          </Button>
        )}
        {list.items.length > CONTRIBUTIONS_FIRST_PAGE && (
          <Button size="compact-sm" variant="subtle" color="gray" onClick={list.collapse}>
            {t('consolidated.showLess')}
          </Button>
        )}
      </Group>
    </Stack>
  );
});

function ContributionCard({
  contribution: c,
  sectionPath,
  inserted,
  onInsert,
}: {
  contribution: Contribution;
  sectionPath: string;
  inserted: boolean;
  onInsert?: (() => void) | undefined;
}) {
  const t = useT();
  const long = useMemo(() => htmlText(c.html).length > LONG_TEXT, [c.html]);
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="contribution" data-unit={c.unitName}>
      <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start" mb={4}>
        <Group gap={6} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {c.unitName}
          </Text>
          {c.isNew && (
            <Badge color="orange" size="xs" variant="filled">
              {t('consolidated.newBadge')}
            </Badge>
          )}
          {c.seq > 1 && (
            <Text size="xs" c="dimmed">
              {t('consolidated.submissionSeq', { seq: c.seq })}
            </Text>
          )}
        </Group>
        {onInsert && (
          <Button
            size="compact-xs"
            // Already in the text (taken in when it was last consolidated): offered, but quietly.
            variant={inserted || !c.isNew ? 'subtle' : 'light'}
            color={inserted ? 'teal' : c.isNew ? undefined : 'gray'}
            leftSection={inserted ? <IconCheck size={12} /> : <IconCornerDownLeft size={12} />}
            onClick={onInsert}
            aria-label={t('consolidated.insertLabel', { unit: c.unitName, path: sectionPath })}
            style={{ flexShrink: 0 }}
          >
            {inserted ? t('consolidated.inserted') : t('consolidated.insert')}
          </Button>
        )}
      </Group>
      <div className={long && !open ? classes.folded : undefined}>
        <HtmlView html={c.html} />
      </div>
      {long && (
        <Button size="compact-xs" variant="subtle" px={0} onClick={() => setOpen((o) => !o)}>
          {open ? t('consolidated.readLess') : t('consolidated.readMore')}
        </Button>
      )}
    </Paper>
  );
}
