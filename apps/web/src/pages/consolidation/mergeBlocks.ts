import { normalizeHtml } from '../assignments/editor/reportContent.ts';

/** A text's top-level blocks (paragraphs, lists, tables) as HTML, in order. */
function blocks(html: string): string[] {
  if (!html) return [];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  for (const node of doc.body.childNodes) {
    if (node instanceof Element) out.push(node.outerHTML);
    else if ((node.textContent ?? '').trim()) out.push(`<p>${node.textContent}</p>`);
  }
  return out;
}

/**
 * Both sides' changes to one section, paragraph by paragraph: the stored text, less the paragraphs
 * this side deleted, plus the paragraphs this side added, each after the paragraph it followed.
 * A consolidated section runs to pages: keeping "both" must not repeat everything the two shared.
 */
export function mergeBlocks(base: string, mine: string, theirs: string): string {
  // Each block is normalised once (a DOM parse each): a section of hundreds of paragraphs stays quick.
  const keyed = (html: string) => blocks(html).map((block) => ({ block, key: normalizeHtml(block) }));
  const baseKeys = new Set(keyed(base).map((b) => b.key));
  const mineBlocks = keyed(mine);
  const mineKeys = new Set(mineBlocks.map((b) => b.key));
  const result = keyed(theirs).filter((b) => !(baseKeys.has(b.key) && !mineKeys.has(b.key)));
  let anchor = -1;
  for (const block of mineBlocks) {
    const at = result.findIndex((r) => r.key === block.key);
    if (at !== -1) {
      anchor = at;
      continue;
    }
    // Deleted on the other side since: that deletion stands.
    if (baseKeys.has(block.key)) continue;
    result.splice(anchor + 1, 0, block);
    anchor += 1;
  }
  return result.map((r) => r.block).join('');
}
