import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/vi.ts';

/**
 * Rows a long list draws at first, and how many more each "Xem thêm" adds: a round of 1,000 units
 * took seconds to draw every row of its delegates, tasks, progress or nominations at once. The
 * list's filters, search and selection still reach every row; only the drawing is cut.
 */
export const LIST_PAGE = 100;

/** The first `limit` rows, and how many are left undrawn. */
export function pageOf<T>(rows: readonly T[], limit: number): { drawn: readonly T[]; rest: number } {
  const drawn = rows.length > limit ? rows.slice(0, limit) : rows;
  return { drawn, rest: rows.length - drawn.length };
}

/** A list's rows drawn a page at a time: `more` draws the next page. */
export function useShowMore<T>(rows: readonly T[]) {
  const [limit, setLimit] = useState(LIST_PAGE);
  return { ...pageOf(rows, limit), more: () => setLimit((n) => n + LIST_PAGE) };
}

export interface ShowMoreButtonProps {
  /** Rows not drawn yet; none, no button. */
  rest: number;
  /** The list's own words, with {count} (the next page) and {total} (what is left). */
  message: MessageKey;
  onMore: () => void;
  mt?: MantineSpacing;
}

/** "Xem thêm 100 … (còn N)" under a list drawn a page at a time. */
export function ShowMoreButton({ rest, message, onMore, mt }: ShowMoreButtonProps) {
  const t = useT();
  if (rest <= 0) return null;
  return (
    <Group mt={mt}>
      <Button size="compact-sm" variant="subtle" onClick={onMore}>
        {t(message, { count: Math.min(rest, LIST_PAGE), total: rest })}
      </Button>
    </Group>
  );
}
