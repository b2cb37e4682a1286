import { describe, expect, it } from 'vitest';
import { hasBreakdown, levelTree } from './levelTree.ts';

describe('levelTree', () => {
  it('hangs each row under the nearest row above it one level up', () => {
    // Province, district A with two communes, district B with one, then a department.
    const rows = [0, 1, 2, 2, 1, 2, 1].map((depth) => ({ depth }));
    const { roots, nodes, top } = levelTree(rows);
    expect(top).toBe(0);
    expect(roots).toEqual([0]);
    expect(nodes.map((n) => n.children)).toEqual([[1, 4, 6], [2, 3], [], [], [5], [], []]);
  });

  it('starts from the shallowest rows when the issuing unit has no row of its own', () => {
    const { roots, nodes, top } = levelTree([1, 2, 1, 1, 2].map((depth) => ({ depth })));
    expect(top).toBe(1);
    expect(roots).toEqual([0, 2, 3]);
    expect(nodes[3]?.children).toEqual([4]);
  });

  it('has nothing for an indicator nobody reported', () => {
    expect(levelTree([])).toEqual({ roots: [], nodes: [], top: 0 });
    expect(hasBreakdown({ reported: 0 })).toBe(false);
    expect(hasBreakdown({ reported: 3 })).toBe(true);
  });
});
