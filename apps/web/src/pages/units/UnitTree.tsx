import { useVirtualizer } from '@tanstack/react-virtual';
import type { UnitListItem } from '@tongket/domain';
import { useRef } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { TreeRow } from './treeRows.ts';
import { UnitRow } from './UnitRow.tsx';
import classes from './UnitTree.module.css';

const ROW_HEIGHT = 52;

export interface UnitTreeProps {
  rows: readonly TreeRow[];
  highlight: string[];
  selectedId: string | null;
  onToggle: (unit: UnitListItem) => void;
  onSelect: (unit: UnitListItem) => void;
}

/** Only the rows in view are in the DOM, so 7,000 units scroll as smoothly as 70. */
export function UnitTree({ rows, highlight, selectedId, onToggle, onSelect }: UnitTreeProps) {
  const t = useT();
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.unit.id ?? index,
    overscan: 12,
  });

  return (
    <section ref={viewport} className={classes.viewport} aria-label={t('units.treeLabel')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <UnitRow
              key={item.key}
              row={row}
              highlight={highlight}
              selected={row.unit.id === selectedId}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              onToggle={() => onToggle(row.unit)}
              onSelect={() => onSelect(row.unit)}
            />
          );
        })}
      </div>
    </section>
  );
}
