import { type RefObject, useEffect } from 'react';

/**
 * The scrollLeft that brings an item fully into a horizontally scrolling list, or the current one
 * when it already shows: an item cut on the left aligns to the left edge, one cut on the right to
 * the right edge (with `margin` pixels to spare, so the next tab's edge hints there is more).
 */
export function scrollLeftToShow(
  list: { scrollLeft: number; clientWidth: number },
  item: { offsetLeft: number; offsetWidth: number },
  margin = 24,
): number {
  const start = item.offsetLeft - margin;
  const end = item.offsetLeft + item.offsetWidth + margin;
  if (start < list.scrollLeft) return Math.max(0, start);
  if (end > list.scrollLeft + list.clientWidth) return end - list.clientWidth;
  return list.scrollLeft;
}

/**
 * On a phone a tab list scrolls sideways: the active tab (Mantine marks it aria-selected or
 * data-active) is scrolled into view when the page opens on it and whenever it changes. Only the
 * list scrolls, never the page.
 */
export function useActiveTabInView(listRef: RefObject<HTMLElement | null>, active: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `active` is the tab that changed; the DOM marks which one it is
  useEffect(() => {
    const list = listRef.current;
    if (!list || list.scrollWidth <= list.clientWidth) return;
    const item = list.querySelector<HTMLElement>('[aria-selected="true"], [data-active]');
    if (!item) return;
    // Where the item sits in the list's scrolled content, whatever element its offsets count from.
    const offsetLeft =
      item.getBoundingClientRect().left - list.getBoundingClientRect().left + list.scrollLeft;
    const left = scrollLeftToShow(list, { offsetLeft, offsetWidth: item.offsetWidth });
    if (left !== list.scrollLeft) list.scrollLeft = left;
  }, [listRef, active]);
}
