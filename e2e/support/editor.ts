import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Puts the caret at the start or the end of a rich-text editor, by keyboard only: focused without a
 * click (a click's selection is settled by ProseMirror a moment later and can undo keys pressed
 * before that), and only once the editor really has the focus, however slow the machine. Returns
 * once the editor itself has taken the caret (see `caretAt`).
 */
export async function placeCaret(page: Page, editor: Locator, where: 'start' | 'end'): Promise<void> {
  await editor.focus();
  await expect
    .poll(
      () => editor.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
      {
        timeout: 60_000,
      },
    )
    .toBe(true);
  await page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
  await caretAt(editor, where);
}

/** The editor's own view of its caret: Tiptap keeps the editor on its editable element. */
interface EditorElement extends HTMLElement {
  editor?: {
    state: {
      doc: unknown;
      selection: {
        empty: boolean;
        from: number;
        constructor: { atStart(doc: unknown): { from: number }; atEnd(doc: unknown): { from: number } };
      };
    };
  };
}

/**
 * Waits until the editor has taken in a caret moved by a key (Control+Home, ArrowUp): the browser
 * moves the caret at once but tells ProseMirror later, and a key with a command of its own (Enter)
 * pressed before that acts where the caret was before — on a busy machine, at the other end.
 */
export async function caretAt(editor: Locator, where: 'start' | 'end'): Promise<void> {
  await expect
    .poll(
      () =>
        editor.evaluate((el: EditorElement, end) => {
          const state = el.editor?.state;
          if (!state) return 'no editor on this element';
          const { selection, doc } = state;
          const target = end ? selection.constructor.atEnd(doc) : selection.constructor.atStart(doc);
          return selection.empty && selection.from === target.from ? 'there' : `at ${selection.from}`;
        }, where === 'end'),
      { timeout: 60_000 },
    )
    .toBe('there');
}

/**
 * Waits until the editor's text holds `text` where it was typed: at its start or its end. A failure
 * shows what the editor holds there instead.
 */
export async function typedAt(editor: Locator, text: string, where: 'start' | 'end'): Promise<void> {
  await expect
    .poll(
      async () => {
        const all = (await editor.innerText()).trim();
        return where === 'start' ? all.slice(0, text.length) : all.slice(-text.length);
      },
      { timeout: 60_000 },
    )
    .toBe(text);
}
