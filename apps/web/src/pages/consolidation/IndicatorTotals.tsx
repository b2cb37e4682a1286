import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import type { IndicatorSummary, IndicatorTotal } from '@tongket/domain';
import { Fragment, type ReactNode, useMemo, useState } from 'react';
import { useIndicatorBreakdown } from '../../api/consolidation.ts';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { formatFigure } from './figures.ts';
import { hasBreakdown, levelTree } from './levelTree.ts';

/** Units shown under one parent before "Xem thêm": a province may have hundreds of communes. */
const CHILDREN_PAGE = 50;

/**
 * How figures add up when a unit and its sub-units both reported (ROLLUP_RULE in the domain): the
 * rule, and the units whose own figure was used instead of their sub-units' total, each with the
 * most sub-units it stood for in any indicator.
 */
function RollupNote({ indicators }: { indicators: readonly IndicatorSummary[] }) {
  const t = useT();
  const units = useMemo(() => {
    const most = new Map<string, { name: string; count: number }>();
    for (const i of indicators) {
      for (const u of i.ownFigureUnits) {
        const seen = most.get(u.unitId);
        if (!seen || seen.count < u.replaces) most.set(u.unitId, { name: u.unitName, count: u.replaces });
      }
    }
    return [...most.values()];
  }, [indicators]);
  if (units.length === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="rollup-rule">
        {t('consolidated.rollupRule')}
      </Text>
    );
  }
  return (
    <Alert
      color="blue"
      variant="light"
      p="xs"
      icon={<IconInfoCircle />}
      title={t('consolidated.rollupTitle')}
      data-testid="rollup-rule"
    >
      <Text size="sm">{t('consolidated.rollupRule')}</Text>
      <Text size="sm" mt={4}>
        {t('consolidated.rollupUnits', {
          list: units.map((u) => t('consolidated.rollupUnit', { name: u.name, count: u.count })).join('; '),
        })}
      </Text>
    </Alert>
  );
}

interface TotalsProps {
  campaignId: string;
  /** The report's version: a regeneration or a save reads an opened breakdown again. */
  version: number;
  indicators: readonly IndicatorSummary[];
}

/**
 * The round's figures: each indicator's total by its rule, opening onto the same figure per level
 * (province → district → commune) with each unit's own figure beside its subtree's, read from the
 * server when it is opened.
 */
export function IndicatorTotals(props: TotalsProps) {
  return (
    <Stack gap="sm">
      {props.indicators.length > 0 && <RollupNote indicators={props.indicators} />}
      <IndicatorTable {...props} />
    </Stack>
  );
}

/** An opened indicator: its breakdown once the server sent it, a loader before, an error with a retry. */
function Breakdown({
  campaignId,
  version,
  indicator,
  compact = false,
}: {
  campaignId: string;
  version: number;
  indicator: IndicatorSummary;
  compact?: boolean;
}) {
  const t = useT();
  const query = useIndicatorBreakdown(campaignId, indicator.indicatorId, version);
  if (query.isPending) {
    return (
      <Group gap="xs" mt="xs" data-testid="indicator-levels-loading">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('consolidated.levelsLoading')}
        </Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Group gap="xs" mt="xs" data-testid="indicator-levels-failed">
        <Text size="sm" c="red">
          {t('consolidated.levelsFailed')}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          loading={query.isFetching}
          onClick={() => void query.refetch()}
        >
          {t('common.retry')}
        </Button>
      </Group>
    );
  }
  return <LevelTree indicator={query.data} compact={compact} />;
}

function IndicatorTable({ campaignId, version, indicators }: TotalsProps) {
  const t = useT();
  const labels = useLabels();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (indicators.length === 0) {
    return (
      <Center mih={80}>
        <Text c="dimmed">{t('consolidated.figuresEmpty')}</Text>
      </Center>
    );
  }

  const expandLabel = (i: IndicatorSummary) =>
    open.has(i.indicatorId)
      ? t('consolidated.collapse', { name: i.name })
      : t('consolidated.expand', { name: i.name });
  const canExpand = hasBreakdown;

  return (
    <>
      {/* A phone lists cards: seven columns would scroll sideways. */}
      <Stack gap="xs" hiddenFrom="sm">
        {indicators.map((i) => (
          <Paper key={i.indicatorId} withBorder p="xs" radius="sm" data-testid="indicator-card">
            <UnstyledButton
              onClick={() => canExpand(i) && toggle(i.indicatorId)}
              aria-expanded={canExpand(i) ? open.has(i.indicatorId) : undefined}
              aria-label={canExpand(i) ? expandLabel(i) : undefined}
              w="100%"
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="xs" c="dimmed">
                    {t('consolidated.sectionRef', { path: i.sectionLabel })} ·{' '}
                    {labels.aggregation(i.aggregation)}
                  </Text>
                  <Text size="sm" fw={600}>
                    {i.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('consolidated.reportedCount', { count: i.reported })}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                  <Stack gap={0} align="flex-end">
                    <Text fw={700} size="lg" lh={1.2} style={{ whiteSpace: 'nowrap' }}>
                      {formatFigure(i.total, i.valueType, i.aggregation)}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {i.unit}
                    </Text>
                  </Stack>
                  {canExpand(i) &&
                    (open.has(i.indicatorId) ? (
                      <IconChevronDown size={16} />
                    ) : (
                      <IconChevronRight size={16} />
                    ))}
                </Group>
              </Group>
            </UnstyledButton>
            {open.has(i.indicatorId) && (
              <Breakdown campaignId={campaignId} version={version} indicator={i} compact />
            )}
          </Paper>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={760} visibleFrom="sm">
        <Table verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }} data-testid="indicator-totals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36} />
              <Table.Th>{t('consolidated.section')}</Table.Th>
              <Table.Th>{t('consolidated.indicator')}</Table.Th>
              <Table.Th>{t('consolidated.unitOfMeasure')}</Table.Th>
              <Table.Th>{t('consolidated.rule')}</Table.Th>
              <Table.Th ta="right">{t('consolidated.total')}</Table.Th>
              <Table.Th ta="right">{t('consolidated.reported')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((i) => (
              <Fragment key={i.indicatorId}>
                <Table.Tr data-indicator={i.name} bg={open.has(i.indicatorId) ? 'blue.0' : undefined}>
                  <Table.Td>
                    {canExpand(i) && (
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        onClick={() => toggle(i.indicatorId)}
                        aria-expanded={open.has(i.indicatorId)}
                        aria-label={expandLabel(i)}
                      >
                        {open.has(i.indicatorId) ? (
                          <IconChevronDown size={16} />
                        ) : (
                          <IconChevronRight size={16} />
                        )}
                      </ActionIcon>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.sectionLabel}</Table.Td>
                  <Table.Td fw={500}>{i.name}</Table.Td>
                  <Table.Td>{i.unit || t('common.none')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{labels.aggregation(i.aggregation)}</Table.Td>
                  <Table.Td
                    ta="right"
                    fw={700}
                    style={{ whiteSpace: 'nowrap' }}
                    data-testid="indicator-total"
                  >
                    {formatFigure(i.total, i.valueType, i.aggregation)}
                  </Table.Td>
                  <Table.Td ta="right">{i.reported}</Table.Td>
                </Table.Tr>
                {open.has(i.indicatorId) && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={6} pt={0}>
                      <Breakdown campaignId={campaignId} version={version} indicator={i} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** One indicator by level (levelTree): the top levels start open. */
function LevelTree({ indicator, compact = false }: { indicator: IndicatorTotal; compact?: boolean }) {
  const t = useT();
  const rows = indicator.subtrees;
  const { roots, nodes, top } = useMemo(() => levelTree(rows), [rows]);
  const own = useMemo(() => new Map(indicator.units.map((u) => [u.unitId, u.value])), [indicator.units]);
  const ownUsed = useMemo(
    () => new Set(indicator.ownFigureUnits.map((u) => u.unitId)),
    [indicator.ownFigureUnits],
  );
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set(roots));
  const [pages, setPages] = useState<ReadonlyMap<number, number>>(new Map());
  const withChildren = nodes.filter((n) => n.children.length > 0).map((n) => n.index);
  const allOpen = withChildren.every((i) => expanded.has(i));

  const toggle = (i: number) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  const lines: ReactNode[] = [];
  const walk = (list: readonly number[], parent: number) => {
    const limit = pages.get(parent) ?? CHILDREN_PAGE;
    for (const i of list.slice(0, limit)) {
      const row = rows[i];
      const node = nodes[i];
      if (!row || !node) continue;
      const hasChildren = node.children.length > 0;
      const isOpen = expanded.has(i);
      const ownValue = own.get(row.unitId);
      const toggler = hasChildren ? (
        <ActionIcon
          variant="subtle"
          size="xs"
          onClick={() => toggle(i)}
          aria-expanded={isOpen}
          aria-label={t('consolidated.toggleUnit', { name: row.unitName })}
          style={{ flexShrink: 0 }}
        >
          {isOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        </ActionIcon>
      ) : (
        <span style={{ display: 'inline-block', width: 18, flexShrink: 0 }} />
      );
      const value = formatFigure(row.value, indicator.valueType, indicator.aggregation);
      lines.push(
        compact ? (
          // A phone: the name, indented by level, and its figure; a unit's own figure under its name.
          <Group
            key={row.unitId}
            justify="space-between"
            wrap="nowrap"
            gap="xs"
            py={4}
            pl={(row.depth - top) * 14}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            data-level-unit={row.unitName}
            data-depth={row.depth}
          >
            <Group gap={4} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
              {toggler}
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={row.depth === top ? 700 : 400}>
                  {row.unitName}
                </Text>
                {hasChildren && ownValue !== undefined && (
                  <Text size="xs" c="dimmed">
                    {t('consolidated.ownShort', { value: formatFigure(ownValue, indicator.valueType) })}
                    {ownUsed.has(row.unitId) && ` · ${t('consolidated.ownUsed')}`}
                  </Text>
                )}
              </Stack>
            </Group>
            <Text size="sm" fw={hasChildren ? 700 : 500} style={{ whiteSpace: 'nowrap' }}>
              {value}
            </Text>
          </Group>
        ) : (
          <Table.Tr key={row.unitId} data-level-unit={row.unitName} data-depth={row.depth}>
            <Table.Td style={{ paddingLeft: 8 + (row.depth - top) * 20 }}>
              <Group gap={4} wrap="nowrap">
                {toggler}
                <Stack gap={0}>
                  <Text size="sm" fw={row.depth === top ? 700 : 400}>
                    {row.unitName}
                  </Text>
                  {ownUsed.has(row.unitId) && (
                    <Text size="xs" c="dimmed" data-testid="own-used">
                      {t('consolidated.ownUsed')}
                    </Text>
                  )}
                </Stack>
              </Group>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {ownValue === undefined ? t('common.none') : formatFigure(ownValue, indicator.valueType)}
            </Table.Td>
            <Table.Td ta="right" fw={hasChildren ? 600 : 400} style={{ whiteSpace: 'nowrap' }}>
              {value}
            </Table.Td>
            <Table.Td ta="right">{row.reported}</Table.Td>
          </Table.Tr>
        ),
      );
      if (hasChildren && isOpen) walk(node.children, i);
    }
    if (list.length > limit) {
      const level = (rows[parent]?.depth ?? top) - top + 1;
      const more = (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setPages((p) => new Map(p).set(parent, limit + CHILDREN_PAGE))}
        >
          {t('consolidated.moreUnits', { count: list.length - limit })}
        </Button>
      );
      lines.push(
        compact ? (
          <Group key={`more-${parent}`} pl={level * 14} py={4}>
            {more}
          </Group>
        ) : (
          <Table.Tr key={`more-${parent}`}>
            <Table.Td colSpan={4} style={{ paddingLeft: 8 + level * 20 }}>
              {more}
            </Table.Td>
          </Table.Tr>
        ),
      );
    }
  };
  walk(roots, -1);

  return (
    <Stack gap={4} mt="xs" data-testid="indicator-levels">
      <Group justify="space-between" gap="xs">
        <Badge variant="light" color="gray">
          {t('consolidated.byLevel')}
        </Badge>
        {withChildren.length > roots.length && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setExpanded(allOpen ? new Set(roots) : new Set(withChildren))}
          >
            {allOpen ? t('consolidated.collapseAll') : t('consolidated.expandAll')}
          </Button>
        )}
      </Group>
      {compact ? (
        <Stack gap={0}>{lines}</Stack>
      ) : (
        <Table.ScrollContainer minWidth={440}>
          <Table verticalSpacing={4} withRowBorders={false} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('progress.unit')}</Table.Th>
                <Table.Th ta="right">{t('consolidated.own')}</Table.Th>
                <Table.Th ta="right">{t('consolidated.subtree')}</Table.Th>
                <Table.Th ta="right">{t('consolidated.reportedShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{lines}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
