import { ActionIcon, Badge, Group, Highlight, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import type { TreeRow } from './treeRows.ts';
import classes from './UnitTree.module.css';

const INDENT_PX = 18;
const MAX_INDENT_LEVELS = 10;

export interface UnitRowProps {
  row: TreeRow;
  style: CSSProperties;
  highlight: string[];
  selected: boolean;
  onToggle: () => void;
  onSelect: () => void;
}

export function UnitRow({ row, style, highlight, selected, onToggle, onSelect }: UnitRowProps) {
  const t = useT();
  const labels = useLabels();
  const { unit, hasChildren, expanded } = row;
  const describedBy = `unit-row-desc-${unit.id}`;
  const className = [classes.row, unit.matched && classes.matched, selected && classes.selected]
    .filter(Boolean)
    .join(' ');
  const secondary = [unit.shortName, unit.code, labels.unitKind(unit.kind)].filter(Boolean).join(' · ');

  return (
    <div
      className={className}
      style={{ ...style, paddingLeft: 4 + Math.min(unit.depth, MAX_INDENT_LEVELS) * INDENT_PX }}
    >
      {hasChildren ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={onToggle}
          aria-label={expanded ? t('units.collapse') : t('units.expand')}
          aria-expanded={expanded}
        >
          {expanded ? <IconChevronDown size={18} /> : <IconChevronRight size={18} />}
        </ActionIcon>
      ) : (
        <span className={classes.toggleSpace} />
      )}
      <UnstyledButton
        className={classes.rowButton}
        onClick={onSelect}
        aria-label={unit.name}
        aria-describedby={describedBy}
      >
        <Group gap={6} wrap="nowrap">
          <Highlight
            highlight={unit.matched ? highlight : []}
            accentInsensitive
            caseInsensitive
            size="sm"
            fw={unit.matched ? 600 : 500}
            truncate
          >
            {unit.name}
          </Highlight>
          {!unit.active && (
            <Badge color="gray" variant="light" size="xs" style={{ flexShrink: 0 }}>
              {t('common.inactive')}
            </Badge>
          )}
        </Group>
        <Text id={describedBy} size="xs" c="dimmed" truncate>
          {secondary}
        </Text>
      </UnstyledButton>
    </div>
  );
}
