/** A run of grid rows drawn as one block: the first row's index (0-based) and how many rows. */
export interface GridRowBlock {
  readonly startRow: number;
  readonly rowCount: number;
}

/**
 * The grid's rows cut into consecutive blocks of `rowsPerBlock` (the last one shorter when the count does not
 * divide). Why: each block is its own box with `content-visibility: auto`, so the browser skips the style, layout
 * and paint of the blocks out of view; rows of a table cannot take that containment themselves (issue 14).
 *
 * @param rowCount - rows in the grid, an integer ≥ 0
 * @param rowsPerBlock - rows in a block, an integer ≥ 1
 * @returns the blocks in row order, covering 0 … rowCount − 1 once; none for 0 rows
 * @example gridRowBlocks(5, 2) // [{ startRow: 0, rowCount: 2 }, { startRow: 2, rowCount: 2 }, { startRow: 4, rowCount: 1 }]
 */
export function gridRowBlocks(rowCount: number, rowsPerBlock: number): GridRowBlock[] {
  const blocks: GridRowBlock[] = [];
  for (let startRow = 0; startRow < rowCount; startRow += rowsPerBlock) {
    blocks.push({ startRow, rowCount: Math.min(rowsPerBlock, rowCount - startRow) });
  }
  return blocks;
}
