import {
  type IndicatorAggregation,
  type IndicatorValueType,
  MAX_OUTLINE_DEPTH,
  moveItem,
  type Outline,
  type OutlineInput,
  type OutlineSection,
  outlineDepth,
  sectionLabel,
} from '@tongket/domain';
import { newKey } from '../plan/planForm.ts';

/** The outline as the editor holds it; `key` for React, `id` once the server has seen the row. */
export interface IndicatorForm {
  key: string;
  id?: string;
  name: string;
  unit: string;
  valueType: IndicatorValueType;
  aggregation: IndicatorAggregation;
  /** A report is not sent while this figure is empty. */
  required: boolean;
}

export interface SectionForm {
  key: string;
  id?: string;
  title: string;
  required: boolean;
  guidance: string;
  indicators: IndicatorForm[];
  children: SectionForm[];
}

export interface OutlineForm {
  title: string;
  summary: string;
  sections: SectionForm[];
}

/** Where a section sits: its index at each level from the top. */
export type SectionPath = readonly number[];

function sectionToForm(section: OutlineSection, keepIds: boolean): SectionForm {
  return {
    key: keepIds ? section.id : newKey(),
    ...(keepIds ? { id: section.id } : {}),
    title: section.title,
    required: section.required,
    guidance: section.guidance,
    indicators: section.indicators.map((indicator) => ({
      ...indicator,
      key: keepIds ? indicator.id : newKey(),
      id: keepIds ? indicator.id : undefined,
    })),
    children: section.children.map((child) => sectionToForm(child, keepIds)),
  };
}

/** `keepIds: false` for a template: its sections become new sections of this round. */
export function outlineToForm(outline: Outline, keepIds = true): OutlineForm {
  return {
    title: outline.title,
    summary: outline.summary,
    sections: outline.sections.map((s) => sectionToForm(s, keepIds)),
  };
}

function sectionToInput(section: SectionForm): OutlineInput['sections'][number] {
  return {
    ...(section.id ? { id: section.id } : {}),
    title: section.title,
    required: section.required,
    guidance: section.guidance,
    indicators: section.indicators.map(({ key: _key, id, ...rest }) => (id ? { id, ...rest } : rest)),
    children: section.children.map(sectionToInput),
  };
}

export function formToOutlineInput(form: OutlineForm): OutlineInput {
  return { title: form.title, summary: form.summary, sections: form.sections.map(sectionToInput) };
}

export function emptySection(): SectionForm {
  return { key: newKey(), title: '', required: false, guidance: '', indicators: [], children: [] };
}

export function emptyIndicator(): IndicatorForm {
  return { key: newKey(), name: '', unit: '', valueType: 'integer', aggregation: 'sum', required: false };
}

/** The list that holds the section at `path`, changed by `change`; the rest of the tree is shared. */
function editList(
  sections: SectionForm[],
  parentPath: SectionPath,
  change: (list: SectionForm[]) => SectionForm[],
): SectionForm[] {
  if (parentPath.length === 0) return change(sections);
  const [head, ...rest] = parentPath as [number, ...number[]];
  return sections.map((s, i) => (i === head ? { ...s, children: editList(s.children, rest, change) } : s));
}

function at(sections: readonly SectionForm[], path: SectionPath): SectionForm | undefined {
  let list = sections;
  let found: SectionForm | undefined;
  for (const i of path) {
    found = list[i];
    if (!found) return undefined;
    list = found.children;
  }
  return found;
}

const parentOf = (path: SectionPath) => path.slice(0, -1);
const indexOf = (path: SectionPath) => path[path.length - 1] as number;

export function updateSection(
  sections: SectionForm[],
  path: SectionPath,
  patch: Partial<SectionForm>,
): SectionForm[] {
  return editList(sections, parentOf(path), (list) =>
    list.map((s, i) => (i === indexOf(path) ? { ...s, ...patch } : s)),
  );
}

export function removeSection(sections: SectionForm[], path: SectionPath): SectionForm[] {
  return editList(sections, parentOf(path), (list) => list.filter((_, i) => i !== indexOf(path)));
}

export function moveSection(sections: SectionForm[], path: SectionPath, delta: -1 | 1): SectionForm[] {
  const from = indexOf(path);
  return editList(sections, parentOf(path), (list) => moveItem(list, from, from + delta));
}

/** A new section right after the one at `path`, at the same level. */
export function addSiblingAfter(sections: SectionForm[], path: SectionPath): SectionForm[] {
  const i = indexOf(path);
  return editList(sections, parentOf(path), (list) => [
    ...list.slice(0, i + 1),
    emptySection(),
    ...list.slice(i + 1),
  ]);
}

export function addChild(sections: SectionForm[], path: SectionPath): SectionForm[] {
  const section = at(sections, path);
  if (!section) return sections;
  return updateSection(sections, path, { children: [...section.children, emptySection()] });
}

/** Levels a section and its subsection take up (1 for a section without children). */
function height(section: SectionForm): number {
  return outlineDepth([section]);
}

export function canAddChild(path: SectionPath): boolean {
  return path.length < MAX_OUTLINE_DEPTH;
}

/** Indenting makes the section the last child of the one above it, if the tree stays within the depth. */
export function canIndent(sections: readonly SectionForm[], path: SectionPath): boolean {
  const section = at(sections, path);
  return (
    Boolean(section) && indexOf(path) > 0 && path.length + height(section as SectionForm) <= MAX_OUTLINE_DEPTH
  );
}

export function indentSection(sections: SectionForm[], path: SectionPath): SectionForm[] {
  const section = at(sections, path);
  if (!section || !canIndent(sections, path)) return sections;
  const i = indexOf(path);
  return editList(sections, parentOf(path), (list) => {
    const above = list[i - 1] as SectionForm;
    const next = list.filter((_, j) => j !== i);
    next[i - 1] = { ...above, children: [...above.children, section] };
    return next;
  });
}

export function canOutdent(path: SectionPath): boolean {
  return path.length > 1;
}

/** Outdenting puts the section right after its parent, one level up. */
export function outdentSection(sections: SectionForm[], path: SectionPath): SectionForm[] {
  const section = at(sections, path);
  if (!section || !canOutdent(path)) return sections;
  const parentPath = parentOf(path);
  const withoutIt = removeSection(sections, path);
  const parentIndex = indexOf(parentPath);
  return editList(withoutIt, parentOf(parentPath), (list) => [
    ...list.slice(0, parentIndex + 1),
    section,
    ...list.slice(parentIndex + 1),
  ]);
}

export interface FlatSection {
  section: SectionForm;
  path: SectionPath;
  depth: number;
  /** As printed: "I.", "2.", "b)". */
  label: string;
  /** For names and messages: "I.2.b". */
  fullPath: string;
  /** "sections.0.children.1", as the server names fields. */
  errorPath: string;
  siblings: number;
}

/** Every section in reading order with its number; the numbers follow from the position alone. */
export function flattenSections(sections: readonly SectionForm[]): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (list: readonly SectionForm[], path: number[], prefix: string, errorPrefix: string) => {
    list.forEach((section, i) => {
      const depth = path.length;
      const label = sectionLabel(depth, i + 1);
      const own = label.replace(/[.)]$/, '');
      const fullPath = prefix ? `${prefix}.${own}` : own;
      const errorPath = `${errorPrefix}.${i}`;
      out.push({ section, path: [...path, i], depth, label, fullPath, errorPath, siblings: list.length });
      walk(section.children, [...path, i], fullPath, `${errorPath}.children`);
    });
  };
  walk(sections, [], '', 'sections');
  return out;
}

/** "outline.sections.0.children.2.title" → "sections.0.children.2.title"; "outline.title" → "title". */
export function outlineErrorPath(field: string): string {
  return field
    .replace(/^\/?(body[./])?/, '')
    .replaceAll('/', '.')
    .replace(/^outline\./, '');
}

const INLINE = [
  /^(title|summary)$/,
  /^sections(\.\d+\.children)*\.\d+\.(title|guidance)$/,
  /^sections(\.\d+\.children)*\.\d+\.indicators\.\d+\.(name|unit|valueType|aggregation)$/,
];

export function isInlineOutlinePath(path: string): boolean {
  return INLINE.some((pattern) => pattern.test(path));
}

export type OutlineErrors = Record<string, string>;

/** Blank titles and indicator names, which the server refuses. */
export function validateOutline(form: OutlineForm, required: string): OutlineErrors {
  const errors: OutlineErrors = {};
  if (!form.title.trim()) errors.title = required;
  for (const flat of flattenSections(form.sections)) {
    if (!flat.section.title.trim()) errors[`${flat.errorPath}.title`] = required;
    flat.section.indicators.forEach((indicator, i) => {
      if (!indicator.name.trim()) errors[`${flat.errorPath}.indicators.${i}.name`] = required;
    });
  }
  return errors;
}
