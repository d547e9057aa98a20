import { readFileSync } from "node:fs";
import path from "node:path";
import { CoreError } from "../../../src/errors";
import type { NumericMatrix } from "../../../src/cluster/matrix";

/** The code of the CoreError an action throws; fails the test if it throws nothing or something else. */
export function coreErrorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof CoreError) return error.code;
    throw error;
  }
  throw new Error("expected a CoreError, but nothing was thrown");
}

/** A matrix from rows of numbers. */
export function matrixOf(rows: readonly (readonly number[])[], weights?: readonly number[]): NumericMatrix {
  const columns = rows[0]?.length ?? 0;
  const data = Float64Array.from(rows.flat());
  return weights === undefined
    ? { data, rows: rows.length, columns }
    : { data, rows: rows.length, columns, weights: Float64Array.from(weights) };
}

/**
 * scikit-learn's test matrix for Calinski-Harabasz and Davies-Bouldin (test_unsupervised.py) and the
 * README's cluster-quality example: [0,0],[1,1] ×5, [3,3],[4,4] ×5, [0,4],[1,3] ×5, [3,1],[4,0] ×5, labelled
 * in those four groups of 10.
 */
export function fourSquaresExample(): { matrix: NumericMatrix; labels: Int32Array } {
  const pairs = [
    [
      [0, 0],
      [1, 1],
    ],
    [
      [3, 3],
      [4, 4],
    ],
    [
      [0, 4],
      [1, 3],
    ],
    [
      [3, 1],
      [4, 0],
    ],
  ];
  const rows: number[][] = [];
  const labels: number[] = [];
  pairs.forEach((pair, group) => {
    for (let copy = 0; copy < 5; copy++) {
      rows.push(...pair.map((point) => [...point]));
      labels.push(group, group);
    }
  });
  return { matrix: matrixOf(rows), labels: Int32Array.from(labels) };
}

export interface CdnowFixture {
  readonly provenance: Record<string, string>;
  readonly rows: number;
  readonly columns: number;
  readonly standardized: {
    data: number[];
    sklearnInertia: Record<string, number>;
    bestKnownInertia: Record<string, number>;
    meanInertia: Record<string, number>;
  };
  readonly levels: {
    data: number[];
    distinctRows: number;
    sklearnInertia: Record<string, number>;
    bestKnownInertia: Record<string, number>;
    meanInertia: Record<string, number>;
  };
  readonly metricsAtK4: {
    labels: number[];
    silhouette: number;
    calinskiHarabasz: number;
    daviesBouldin: number;
  };
}

/** test/fixtures/cluster/cdnow-rfm-sklearn.json (see make_cdnow_rfm.py there for how it was made). */
export function loadCdnowFixture(): CdnowFixture {
  const file = path.join(__dirname, "../../fixtures/cluster/cdnow-rfm-sklearn.json");
  return JSON.parse(readFileSync(file, "utf8")) as CdnowFixture;
}

export function cdnowMatrix(fixture: CdnowFixture, which: "standardized" | "levels"): NumericMatrix {
  return { data: Float64Array.from(fixture[which].data), rows: fixture.rows, columns: fixture.columns };
}

/** Element-wise toBeCloseTo for arrays of numbers (same length). */
export function expectAllClose(actual: ArrayLike<number>, expected: readonly number[], digits = 10): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, index) => expect(actual[index]).toBeCloseTo(value, digits));
}
