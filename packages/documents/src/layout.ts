/**
 * What a page needs to draw an official document the way the renderers lay it out: the fixed
 * blocks of Decree 30 (header, title, closing, appendix head) and the runs of headings and list
 * items. Pure, no Node or renderer dependency: the web imports it as `@tongket/documents/layout`.
 */
export {
  headingRuns,
  LAYOUT,
  listItemRuns,
  MARGINS_MM,
  SIZE_PT,
  toRuns,
} from './decree30.ts';
export {
  appendixHeadLayout,
  closingLayout,
  headerLayout,
  isRule,
  isSpace,
  type LayoutItem,
  type LayoutLine,
  type LayoutRun,
  type StackItem,
  titleLayout,
} from './decree30-layout.ts';
export type { Align, Inline, TextRun } from './model.ts';
