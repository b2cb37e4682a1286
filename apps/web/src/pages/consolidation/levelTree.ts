/** A subtree row of an indicator's breakdown, as the server sends them: in tree order, with depth. */
export interface LevelRow {
  depth: number;
}

export interface LevelNode {
  index: number;
  children: number[];
}

/**
 * The tree of an indicator's subtrees: they arrive in tree order with their depth, so each one's
 * children are the rows right after it one level deeper. `roots` are the rows with no parent among
 * them (the issuing unit, or its units when it has no row); `top` is their depth.
 */
export function levelTree(rows: readonly LevelRow[]): { roots: number[]; nodes: LevelNode[]; top: number } {
  const nodes: LevelNode[] = rows.map((_, index) => ({ index, children: [] }));
  const roots: number[] = [];
  const stack: number[] = [];
  rows.forEach((row, i) => {
    while (stack.length > 0 && (rows[stack.at(-1) as number]?.depth ?? 0) >= row.depth) stack.pop();
    const parent = stack.at(-1);
    if (parent === undefined) roots.push(i);
    else nodes[parent]?.children.push(i);
    stack.push(i);
  });
  return { roots, nodes, top: rows.length === 0 ? 0 : Math.min(...rows.map((r) => r.depth)) };
}

/** Whether an indicator opens onto a breakdown: only when some unit reported it. */
export const hasBreakdown = (indicator: { reported: number }) => indicator.reported > 0;
