import { Box, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { moveItem } from '@tongket/domain';
import type { ReactNode } from 'react';
import { RowActions } from './RowActions.tsx';
import classes from './RowList.module.css';

export interface RowListProps<T extends { key: string }> {
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  readOnly: boolean;
  /** The inputs of one row; `update` merges a change into it. */
  renderRow: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  createRow: () => T;
  addLabel: string;
  /** How the row is named to a screen reader and, for boxed rows, in its legend: "Nhiệm vụ 2". */
  rowName: (index: number) => string;
  /**
   * `line`: the number, the inputs and the buttons side by side; `card`: the same in a bordered
   * box (rows of several inputs); `box`: a titled box per row (rows with many inputs).
   */
  variant?: 'line' | 'card' | 'box';
  emptyText?: string;
}

/** An ordered list of rows with add, remove and move up/down; the printed numbers follow the order. */
export function RowList<T extends { key: string }>(props: RowListProps<T>) {
  const { rows, onChange, readOnly, renderRow, variant = 'line' } = props;
  const update = (index: number) => (patch: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const move = (from: number) => (to: number) => onChange(moveItem(rows, from, to));

  return (
    <Stack gap="xs">
      {rows.length === 0 && props.emptyText && (
        <Text size="sm" c="dimmed">
          {props.emptyText}
        </Text>
      )}
      {rows.map((row, index) => {
        const actions = readOnly ? null : (
          <RowActions index={index} count={rows.length} onMove={move(index)} onRemove={() => remove(index)} />
        );
        if (variant === 'box') {
          return (
            <Fieldset
              key={row.key}
              legend={props.rowName(index)}
              variant="filled"
              p={{ base: 'xs', sm: 'md' }}
              pos="relative"
            >
              {/* Top right, on the line of the first labels, so the row does not grow for its buttons. */}
              {actions && (
                <Box pos="absolute" top={4} right={8}>
                  {actions}
                </Box>
              )}
              {renderRow(row, index, update(index))}
            </Fieldset>
          );
        }
        if (variant === 'card') {
          return (
            <fieldset key={row.key} aria-label={props.rowName(index)} className={classes.card}>
              <Text size="sm" c="dimmed" className={classes.number}>
                {index + 1}.
              </Text>
              <div className={classes.body}>{renderRow(row, index, update(index))}</div>
              {actions && <div className={classes.actions}>{actions}</div>}
            </fieldset>
          );
        }
        return (
          <Group
            key={row.key}
            role="group"
            aria-label={props.rowName(index)}
            gap="xs"
            align="flex-start"
            wrap="nowrap"
          >
            <Text size="sm" c="dimmed" w={24} pt={8} ta="right" style={{ flexShrink: 0 }}>
              {index + 1}.
            </Text>
            <div style={{ flex: 1, minWidth: 0 }}>{renderRow(row, index, update(index))}</div>
            {actions && <div style={{ paddingTop: 4 }}>{actions}</div>}
          </Group>
        );
      })}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...rows, props.createRow()])}
          >
            {props.addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
