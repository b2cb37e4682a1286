import { Badge, Button, Chip, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCornerDownLeft, IconSearch } from '@tabler/icons-react';
import { type ConsolidatedReport, matchesTokens, queryTokens, searchKey } from '@tongket/domain';
import { memo, useMemo, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { htmlText } from '../assignments/editor/reportContent.ts';
import { HtmlView } from '../assignments/HtmlView.tsx';
import classes from './Consolidated.module.css';

export type Contribution = ConsolidatedReport['sections'][number]['contributions'][number];

/** Shown before "Xem thêm"; a long list then grows by a page at a time. */
const FIRST = 3;
const PAGE = 10;
/** A search box is worth its place from this many units on. */
const SEARCH_FROM = 8;
/** Longer than this (in characters of text), a contribution shows its start until opened. */
const LONG_TEXT = 360;

export interface ContributionsListProps {
  sectionPath: string;
  contributions: readonly Contribution[];
  /** Adds a contribution at the end of the section's text; absent for readers. */
  onInsert?: ((contribution: Contribution) => void) | undefined;
}

/**
 * What each unit wrote for one section, in tree order: the new ones marked, long texts folded,
 * a few at a time with a search when there are many, each one insertable into the text.
 */
export const ContributionsList = memo(function ContributionsList({
  sectionPath,
  contributions,
  onInsert,
}: ContributionsListProps) {
  const t = useT();
  const [shown, setShown] = useState(FIRST);
  const [query, setQuery] = useState('');
  const [onlyNew, setOnlyNew] = useState(false);
  const [inserted, setInserted] = useState<ReadonlySet<string>>(new Set());
  const newCount = contributions.filter((c) => c.isNew).length;

  const filtered = useMemo(() => {
    const tokens = queryTokens(query);
    return contributions.filter(
      (c) => (!onlyNew || c.isNew) && (tokens.length === 0 || matchesTokens(searchKey(c.unitName), tokens)),
    );
  }, [contributions, query, onlyNew]);

  if (contributions.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('consolidated.noContributions')}
      </Text>
    );
  }

  const visible = filtered.slice(0, shown);
  const rest = filtered.length - visible.length;

  return (
    <Stack gap={6} data-testid="contributions">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('consolidated.contributions', { count: contributions.length })}
        </Text>
        {newCount > 0 && (
          <Badge color="orange" variant="light" miw="max-content">
            {t('consolidated.newCountBadge', { count: newCount })}
          </Badge>
        )}
      </Group>
      {contributions.length >= SEARCH_FROM && (
        <Group gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            leftSection={<IconSearch size={14} />}
            placeholder={t('consolidated.searchUnits')}
            aria-label={t('consolidated.searchUnitsIn', { path: sectionPath })}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setShown(PAGE);
            }}
          />
          {newCount > 0 && newCount < contributions.length && (
            <Chip size="xs" checked={onlyNew} onChange={setOnlyNew}>
              {t('consolidated.onlyNew')}
            </Chip>
          )}
        </Group>
      )}
      {visible.map((c) => (
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
      {filtered.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('common.noResults')}
        </Text>
      )}
      <Group gap="xs">
        {rest > 0 && (
          <Button size="compact-sm" variant="subtle" onClick={() => setShown((n) => n + PAGE)}>
            {t('consolidated.showMore', { count: Math.min(rest, PAGE), total: rest })}
          </Button>
        )}
        {shown > FIRST && filtered.length > FIRST && (
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setShown(FIRST)}>
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
