import { collapseIdenticalRows, expandLabels } from "../../../src/cluster/collapse-rows";
import { clusterOrder } from "../../../src/cluster/order-clusters";
import { countDistinctRowsUpTo } from "../../../src/cluster/matrix";
import { coreErrorCode, matrixOf } from "./test-helpers";

describe("collapseIdenticalRows / expandLabels", () => {
  it("keeps distinct rows in order of first appearance, weighted by their count; 0 and −0 are one value", () => {
    const collapsed = collapseIdenticalRows(
      matrixOf([
        [1, 2],
        [3, 4],
        [1, 2],
        [0, 5],
        [-0, 5],
        [1, 2],
      ]),
    );
    expect(Array.from(collapsed.matrix.data)).toEqual([1, 2, 3, 4, 0, 5]);
    expect(Array.from(collapsed.matrix.weights)).toEqual([3, 1, 2]);
    expect(Array.from(collapsed.rowToUnique)).toEqual([0, 1, 0, 2, 2, 0]);
    expect(Array.from(expandLabels(Int32Array.from([7, 8, 9]), collapsed.rowToUnique))).toEqual([
      7, 8, 7, 9, 9, 7,
    ]);
  });

  it("adds up existing weights", () => {
    expect(Array.from(collapseIdenticalRows(matrixOf([[1], [1], [2]], [0.5, 2, 1])).matrix.weights)).toEqual([
      2.5, 1,
    ]);
  });

  it("handles many rows with few distinct values (the study's levels)", () => {
    const rows = Array.from({ length: 50000 }, (_, index) => [index % 5, index % 7]);
    const collapsed = collapseIdenticalRows(matrixOf(rows));
    expect(collapsed.matrix.rows).toBe(35);
    expect(Array.from(collapsed.matrix.weights).reduce((sum, weight) => sum + weight, 0)).toBe(50000);
  });

  it("throws LABELS_LENGTH_MISMATCH when labels do not cover the distinct rows", () => {
    expect(coreErrorCode(() => expandLabels(Int32Array.from([0]), Int32Array.from([0, 1])))).toBe(
      "LABELS_LENGTH_MISMATCH",
    );
  });
});

describe("countDistinctRowsUpTo", () => {
  it("counts distinct rows and stops at the limit", () => {
    const matrix = matrixOf([
      [1, 1],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(countDistinctRowsUpTo(matrix, 10)).toBe(3);
    expect(countDistinctRowsUpTo(matrix, 2)).toBe(2);
  });
});

describe("clusterOrder", () => {
  it("sorts by the first key descending, ties by the second, then by the order found", () => {
    // Centroids (2 columns): A (5, 1), B (9, 0), C (5, 3), D (5, 3) → B, C, D, A.
    const order = clusterOrder(Float64Array.from([5, 1, 9, 0, 5, 3, 5, 3]), 4, 2, [
      { column: 0 },
      { column: 1 },
    ]);
    expect(Array.from(order)).toEqual([3, 0, 1, 2]);
  });
});
