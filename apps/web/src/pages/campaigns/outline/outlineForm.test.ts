import { MAX_OUTLINE_DEPTH, type Outline } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import {
  addChild,
  addSiblingAfter,
  canAddChild,
  canIndent,
  canOutdent,
  flattenSections,
  formToOutlineInput,
  indentSection,
  isInlineOutlinePath,
  moveSection,
  type OutlineForm,
  outdentSection,
  outlineErrorPath,
  outlineToForm,
  removeSection,
  type SectionForm,
  updateSection,
  validateOutline,
} from './outlineForm.ts';

/** A section of the editor's tree, keyed by its title. */
const s = (title: string, children: SectionForm[] = []): SectionForm => ({
  key: title,
  title,
  required: false,
  guidance: '',
  indicators: [],
  children,
});

/** The tree as nested titles, to compare shapes at a glance. */
type Shape = Array<string | [string, Shape]>;
const shape = (sections: readonly SectionForm[]): Shape =>
  sections.map((x) => (x.children.length ? [x.title, shape(x.children)] : x.title));

// I. A (1. A1, 2. A2 (a) A2a)), II. B, III. C
const tree = (): SectionForm[] => [s('A', [s('A1'), s('A2', [s('A2a')])]), s('B'), s('C')];

describe('outlineToForm and formToOutlineInput', () => {
  const outline: Outline = {
    title: 'BÁO CÁO',
    summary: 'Tổng kết công tác phòng, chống dịch',
    sections: [
      {
        id: 'sec-1',
        title: 'Kết quả',
        required: true,
        guidance: 'Nêu số liệu',
        indicators: [
          {
            id: 'ind-1',
            name: 'Số ca',
            unit: 'ca',
            valueType: 'integer',
            aggregation: 'sum',
            required: true,
          },
        ],
        children: [
          { id: 'sec-2', title: 'Ở xã', required: false, guidance: '', indicators: [], children: [] },
        ],
      },
    ],
  };

  it('keeps the ids of a round’s own outline, so figures stay attached across saves', () => {
    const form = outlineToForm(outline);
    expect(form.sections[0]).toMatchObject({ key: 'sec-1', id: 'sec-1' });
    expect(form.sections[0]?.indicators[0]).toMatchObject({ key: 'ind-1', id: 'ind-1' });
    expect(formToOutlineInput(form)).toEqual({
      title: 'BÁO CÁO',
      summary: 'Tổng kết công tác phòng, chống dịch',
      sections: [
        {
          id: 'sec-1',
          title: 'Kết quả',
          required: true,
          guidance: 'Nêu số liệu',
          indicators: [
            {
              id: 'ind-1',
              name: 'Số ca',
              unit: 'ca',
              valueType: 'integer',
              aggregation: 'sum',
              required: true,
            },
          ],
          children: [
            { id: 'sec-2', title: 'Ở xã', required: false, guidance: '', indicators: [], children: [] },
          ],
        },
      ],
    });
  });

  it('makes a template’s sections new ones: no ids sent, fresh keys', () => {
    const form = outlineToForm(outline, false);
    const input = formToOutlineInput(form);
    expect(input.sections[0]).not.toHaveProperty('id');
    expect(input.sections[0]?.children?.[0]).not.toHaveProperty('id');
    expect(input.sections[0]?.indicators?.[0]).not.toHaveProperty('id');
    expect(input.sections[0]?.indicators?.[0]).not.toHaveProperty('key');
    const keys = flattenSections(form.sections).map((f) => f.section.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('sec-1');
  });
});

describe('editing the tree by path', () => {
  it('updates one nested section and shares the untouched branches', () => {
    const before = tree();
    const after = updateSection(before, [0, 1, 0], { title: 'A2a sửa' });
    expect(shape(after)).toEqual([['A', ['A1', ['A2', ['A2a sửa']]]], 'B', 'C']);
    expect(after[1]).toBe(before[1]);
    expect(after[0]?.children[0]).toBe(before[0]?.children[0]);
    // The tree it was given is not changed.
    expect(before[0]?.children[1]?.children[0]?.title).toBe('A2a');
  });

  it('removes a section with its subsections', () => {
    expect(shape(removeSection(tree(), [0, 1]))).toEqual([['A', ['A1']], 'B', 'C']);
    expect(shape(removeSection(tree(), [2]))).toEqual([['A', ['A1', ['A2', ['A2a']]]], 'B']);
  });

  it('moves a section up or down among its siblings, and no further than the ends', () => {
    expect(shape(moveSection(tree(), [1], -1))).toEqual(['B', ['A', ['A1', ['A2', ['A2a']]]], 'C']);
    expect(shape(moveSection(tree(), [0, 0], 1))).toEqual([['A', [['A2', ['A2a']], 'A1']], 'B', 'C']);
    expect(shape(moveSection(tree(), [0], -1))).toEqual(shape(tree()));
    expect(shape(moveSection(tree(), [2], 1))).toEqual(shape(tree()));
  });

  it('adds an empty section right after one, or as its last child', () => {
    const sibling = addSiblingAfter(tree(), [0, 0]);
    expect(sibling[0]?.children.map((c) => c.title)).toEqual(['A1', '', 'A2']);
    const child = addChild(tree(), [1]);
    expect(child[1]?.children).toHaveLength(1);
    expect(child[1]?.children[0]).toMatchObject({ title: '', required: false, indicators: [], children: [] });
    // A path that leads nowhere changes nothing.
    expect(addChild(tree(), [5, 0])).toEqual(tree());
  });
});

describe('indent and outdent, within the depth the outline allows', () => {
  it('allows children down to the deepest level only', () => {
    expect(MAX_OUTLINE_DEPTH).toBe(3);
    expect(canAddChild([0])).toBe(true);
    expect(canAddChild([0, 1])).toBe(true);
    expect(canAddChild([0, 1, 0])).toBe(false);
  });

  it('indents a section into the one above it, as its last child', () => {
    expect(canIndent(tree(), [1])).toBe(true);
    expect(shape(indentSection(tree(), [1]))).toEqual([['A', ['A1', ['A2', ['A2a']], 'B']], 'C']);
  });

  it('does not indent the first of its siblings, nor past the deepest level', () => {
    expect(canIndent(tree(), [0])).toBe(false);
    expect(indentSection(tree(), [0])).toEqual(tree());
    // A2 has a child: under A1 it would reach a fourth level.
    expect(canIndent(tree(), [0, 1])).toBe(false);
    expect(indentSection(tree(), [0, 1])).toEqual(tree());
    // A leaf at the second level may go to the third.
    const flat = [s('A', [s('A1'), s('A2')])];
    expect(canIndent(flat, [0, 1])).toBe(true);
    expect(shape(indentSection(flat, [0, 1]))).toEqual([['A', [['A1', ['A2']]]]]);
  });

  it('outdents a section to right after its parent, with its subsections', () => {
    expect(canOutdent([0])).toBe(false);
    expect(canOutdent([0, 1])).toBe(true);
    expect(shape(outdentSection(tree(), [0, 1]))).toEqual([['A', ['A1']], ['A2', ['A2a']], 'B', 'C']);
    expect(shape(outdentSection(tree(), [0, 1, 0]))).toEqual([['A', ['A1', 'A2', 'A2a']], 'B', 'C']);
    expect(outdentSection(tree(), [1])).toEqual(tree());
  });
});

describe('flattenSections: the numbers follow from the position alone', () => {
  it('numbers I., 1., a) and names the server’s error paths', () => {
    expect(
      flattenSections(tree()).map((f) => [
        f.section.title,
        f.label,
        f.fullPath,
        f.depth,
        f.errorPath,
        f.siblings,
      ]),
    ).toEqual([
      ['A', 'I.', 'I', 0, 'sections.0', 3],
      ['A1', '1.', 'I.1', 1, 'sections.0.children.0', 2],
      ['A2', '2.', 'I.2', 1, 'sections.0.children.1', 2],
      ['A2a', 'a)', 'I.2.a', 2, 'sections.0.children.1.children.0', 1],
      ['B', 'II.', 'II', 0, 'sections.1', 3],
      ['C', 'III.', 'III', 0, 'sections.2', 3],
    ]);
  });

  it('renumbers after a move', () => {
    const moved = moveSection(tree(), [2], -1);
    expect(flattenSections(moved).map((f) => `${f.fullPath} ${f.section.title}`)).toContain('II C');
  });
});

describe('server error paths', () => {
  it.each([
    ['outline.sections.0.children.2.title', 'sections.0.children.2.title'],
    ['/outline/sections/0/title', 'sections.0.title'],
    ['body.outline.title', 'title'],
    ['body/outline/summary', 'summary'],
    ['title', 'title'],
  ])('%s → %s', (field, path) => {
    expect(outlineErrorPath(field)).toBe(path);
  });

  it.each([
    ['title', true],
    ['summary', true],
    ['sections.0.title', true],
    ['sections.0.children.1.children.0.guidance', true],
    ['sections.2.indicators.0.name', true],
    ['sections.0.children.0.indicators.3.aggregation', true],
    ['sections', false],
    ['sections.0', false],
    ['sections.0.required', false],
    ['sections.0.indicators.0', false],
    ['xsections.0.title', false],
  ])('%s shown beside its input: %s', (path, inline) => {
    expect(isInlineOutlinePath(path)).toBe(inline);
  });
});

describe('validateOutline', () => {
  it('names every blank title and indicator name by the path the server would use', () => {
    const form: OutlineForm = {
      title: '  ',
      summary: '',
      sections: [
        s('Kết quả', [
          {
            ...s(' '),
            indicators: [
              { key: 'k', name: '', unit: '', valueType: 'integer', aggregation: 'sum', required: false },
            ],
          },
        ]),
        s(''),
      ],
    };
    expect(validateOutline(form, 'Bắt buộc')).toEqual({
      title: 'Bắt buộc',
      'sections.0.children.0.title': 'Bắt buộc',
      'sections.0.children.0.indicators.0.name': 'Bắt buộc',
      'sections.1.title': 'Bắt buộc',
    });
  });

  it('accepts a complete outline', () => {
    expect(validateOutline({ title: 'BÁO CÁO', summary: '', sections: tree() }, 'Bắt buộc')).toEqual({});
  });
});
