import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Puts the caret at the start or the end of a rich-text editor, by keyboard only: focused without a
 * click (a click's selection is settled by ProseMirror a moment later and can undo keys pressed
 * before that), and only once the editor really has the focus, however slow the machine.
 */
export async function placeCaret(page: Page, editor: Locator, where: 'start' | 'end'): Promise<void> {
  await editor.focus();
  await expect
    .poll(
      () => editor.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
  await page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
}

/** Waits until the editor's text holds `text` where it was typed: at its start or its end. */
export async function typedAt(editor: Locator, text: string, where: 'start' | 'end'): Promise<void> {
  await expect
    .poll(
      async () => {
        const all = (await editor.innerText()).trim();
        return where === 'start' ? all.startsWith(text) : all.endsWith(text);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}
