import { Box, Group, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './BarList.module.css';

export interface BarSegment {
  /** Its name in the legend and the row's description. */
  name: string;
  value: number;
  /** A Mantine colour, e.g. 'teal.6'. */
  color: string;
}

export interface BarRow {
  key: string;
  label: ReactNode;
  /** What a screen reader and the test read for the row ("Sở Y tế: 80%"). */
  description: string;
  /** One bar, or several stacked in order. */
  segments: BarSegment[];
  /** The figure printed beside the bar. */
  display: ReactNode;
  /** Where a click on the row leads: the units behind the figure. */
  href?: string | undefined;
  testId?: string | undefined;
}

export interface BarListProps {
  rows: BarRow[];
  /** The top of the scale (100 for percentages); the scale's ticks are drawn at each `step`. */
  max: number;
  step: number;
  /** How a tick is written ("50%", "1.000"). */
  formatTick: (value: number) => string;
  /** What the scale measures, printed under it. */
  caption?: string | undefined;
  'aria-label'?: string;
  'data-testid'?: string;
}

const mantineColor = (color: string) => {
  const [name, shade] = color.split('.');
  return shade ? `var(--mantine-color-${name}-${shade})` : `var(--mantine-color-${name}-6)`;
};

/**
 * A horizontal bar chart in plain HTML: every row shown (the chart grows in height, it never cuts
 * rows or names), a labelled scale with its gridlines, and each row a link to what it counts.
 */
export function BarList({ rows, max, step, formatTick, caption, ...rest }: BarListProps) {
  const top = max > 0 ? max : 1;
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(v);
  const at = (v: number) => `${Math.min(100, Math.max(0, (v / top) * 100))}%`;
  return (
    <ul className={classes.chart} aria-label={rest['aria-label']} data-testid={rest['data-testid']}>
      {rows.map((row) => {
        const body = (
          <>
            <span className={classes.label}>{row.label}</span>
            <span className={classes.track} aria-hidden>
              {row.segments.map((s) => (
                <span
                  key={s.name}
                  className={classes.segment}
                  style={{ width: at(s.value), background: mantineColor(s.color) } as CSSProperties}
                />
              ))}
              {ticks.slice(1, -1).map((v) => (
                <span key={v} className={classes.grid} style={{ left: at(v) }} />
              ))}
            </span>
            <span className={classes.value}>{row.display}</span>
          </>
        );
        return (
          <li key={row.key}>
            {row.href ? (
              <Link
                to={row.href}
                className={classes.row}
                aria-label={row.description}
                data-testid={row.testId}
              >
                {body}
              </Link>
            ) : (
              <div className={classes.row} title={row.description} data-testid={row.testId}>
                {body}
              </div>
            )}
          </li>
        );
      })}
      <li className={classes.scale} aria-hidden>
        <div className={classes.ticks}>
          {ticks.map((v) => (
            <span key={v} className={classes.tick} style={{ left: at(v) }}>
              {formatTick(v)}
            </span>
          ))}
        </div>
      </li>
      {caption && <li className={classes.caption}>{caption}</li>}
    </ul>
  );
}

/** The colours of a stacked chart and what they stand for. */
export function BarLegend({ items }: { items: { name: string; color: string }[] }) {
  return (
    <Group gap="sm">
      {items.map((item) => (
        <Group key={item.name} gap={4} wrap="nowrap">
          <Box w={10} h={10} bg={item.color} style={{ borderRadius: 2 }} />
          <Text size="xs">{item.name}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** A round scale for counts: its top and its step, four or five ticks. */
export function countScale(largest: number): { max: number; step: number } {
  if (largest <= 0) return { max: 1, step: 1 };
  const rough = largest / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const unit = Number.isInteger(largest) ? Math.max(1, step) : step;
  return { max: Math.ceil(largest / unit) * unit, step: unit };
}
