import { standardizeColumns, toOriginalUnits } from "../../../src/cluster/standardize";
import { coreErrorCode, expectAllClose, matrixOf } from "./test-helpers";

describe("standardizeColumns — z-scores with the population sd", () => {
  it("hand calculation: [2, 4, 6, 8] → mean 5, sd √((9 + 1 + 1 + 9)/4) = √5", () => {
    const result = standardizeColumns(matrixOf([[2], [4], [6], [8]]));
    expect(result.means[0]).toBe(5);
    expect(result.standardDeviations[0]).toBeCloseTo(Math.sqrt(5), 14);
    expectAllClose(
      result.matrix.data,
      [-3, -1, 1, 3].map((value) => value / Math.sqrt(5)),
      14,
    );
  });

  it("weights count copies: [1 ×3, 5 ×1] → mean 2, sd √3", () => {
    const result = standardizeColumns(matrixOf([[1], [5]], [3, 1]));
    expect(result.means[0]).toBe(2);
    expect(result.standardDeviations[0]).toBeCloseTo(Math.sqrt(3), 14); // (3·1 + 9)/4 = 3
    expect(Array.from(result.matrix.weights ?? [])).toEqual([3, 1]);
  });

  it("keeps an all-equal column at 0 by default and lists it; throws CONSTANT_COLUMN on request", () => {
    const matrix = matrixOf([
      [1, 0.1],
      [2, 0.1],
      [3, 0.1],
    ]);
    const result = standardizeColumns(matrix);
    expect(result.constantColumns).toEqual([1]);
    expect([result.matrix.data[1], result.matrix.data[3], result.matrix.data[5]]).toEqual([0, 0, 0]);
    expect(result.standardDeviations[1]).toBe(0);
    expect(coreErrorCode(() => standardizeColumns(matrix, { onConstantColumn: "error" }))).toBe(
      "CONSTANT_COLUMN",
    );
  });

  it("maps z-scores back to original units (a constant column back to its value)", () => {
    const result = standardizeColumns(
      matrixOf([
        [2, 7],
        [4, 7],
        [6, 7],
        [8, 7],
      ]),
    );
    expectAllClose(toOriginalUnits(result.matrix.data, result), [2, 7, 4, 7, 6, 7, 8, 7], 12);
  });
});
