import fc from "fast-check";
import { bandOfChecked, bandsOf } from "../../../src/promo/band-cut";
import { bandEdgesFromStep, validateBandEdges } from "../../../src/promo/band-edges";
import { cutValues } from "../../../src/promo/cut-values";
import { naturalBreakBandEdges, quantileBandEdges } from "../../../src/promo/data-band-edges";
import type { CoreError } from "../../../src/errors";
import oracle from "../../fixtures/promo/pandas-cut.json";

/*
 * Oracle: test/fixtures/promo/pandas-cut.json, written offline by test/fixtures/promo/pandas_cut.py with
 * pandas 1.5.3 / numpy 1.24.2 (`/usr/bin/python3 test/fixtures/promo/pandas_cut.py`). For the study's price
 * edges, the discount edges 0.15 … 1 by 0.05 and a set with negative edges, every edge value, values just
 * inside and outside each edge, blanks and ±inf are cut with right ∈ {True, False} × include_lowest ∈
 * {True, False}; `codes` is pandas' labels=False output (-1 = NaN). Recorded pandas behaviour worth knowing:
 * - right=True, include_lowest=False: the first edge itself is NaN; include_lowest=True puts it in band 0;
 * - right=False: include_lowest changes nothing, and a value equal to the last edge is NaN.
 */
type Encoded = number | string;
const decode = (value: Encoded): number | null =>
  value === "nan" ? null : value === "inf" ? Infinity : value === "-inf" ? -Infinity : (value as number);
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as CoreError).code;
  }
  return undefined;
};

describe("cutValues reproduces pandas.cut exactly (pandas " + oracle.pandas + ")", () => {
  it.each(oracle.cases.map((c) => [c.name, c.right, c.include_lowest, c] as const))(
    "%s edges, right=%s, include_lowest=%s",
    (_name, right, includeLowest, testCase) => {
      const values = (testCase.values as Encoded[]).map(decode);
      const result = cutValues(values, testCase.edges, { closed: right ? "right" : "left", includeLowest });
      const codes = result.assignments.map((assignment) =>
        assignment.kind === "band" ? assignment.index : -1,
      );
      expect(codes).toEqual(testCase.codes);
    },
  );

  it("tells below, above and blank apart where pandas only says NaN", () => {
    const result = cutValues(
      [-1, 0, 100000, 100000.01, null, Number.NaN, Infinity, -Infinity],
      [0, 200, 400, 100000],
    );
    expect(result.assignments.map((assignment) => assignment.kind)).toEqual([
      "below",
      "band",
      "band",
      "above",
      "missing",
      "missing",
      "above",
      "below",
    ]);
    expect(result.counts).toEqual({ perBand: [1, 0, 1], below: 2, above: 2, missing: 2 });
  });
});

describe("band labels", () => {
  it("match pandas' interval text, except that an included lowest edge is written [a, b]", () => {
    // pandas writes "(-0.001, 200.0]" for the same first band (it nudges the edge down by 10^-3).
    expect(bandsOf([0, 200, 400, 100000]).map((band) => band.label)).toEqual([
      "[0, 200]",
      "(200, 400]",
      "(400, 100000]",
    ]);
    const pandasNoLowest = oracle.cases.find((c) => c.name === "price" && c.right && !c.include_lowest);
    expect(bandsOf([0, 200, 400, 100000], { includeLowest: false }).map((band) => band.label)).toEqual(
      pandasNoLowest?.pandas_labels,
    );
    const pandasLeft = oracle.cases.find((c) => c.name === "price" && !c.right && c.include_lowest);
    expect(bandsOf([0, 200, 400, 100000], { closed: "left" }).map((band) => band.label)).toEqual(
      pandasLeft?.pandas_labels,
    );
  });

  it("take custom labels, one per band, distinct", () => {
    expect(bandsOf([0, 200, 400], { labels: ["low", "high"] }).map((band) => band.label)).toEqual([
      "low",
      "high",
    ]);
    expect(codeOf(() => bandsOf([0, 200, 400], { labels: ["low"] }))).toBe("BAND_LABELS_LENGTH_MISMATCH");
    expect(codeOf(() => bandsOf([0, 200, 400], { labels: ["x", "x"] }))).toBe("BAND_LABELS_DUPLICATE");
  });

  it("describe each band's closed ends", () => {
    expect(bandsOf([0, 1, 2])[0]).toEqual({
      index: 0,
      label: "[0, 1]",
      lower: 0,
      upper: 1,
      lowerClosed: true,
      upperClosed: true,
    });
    expect(bandsOf([0, 1, 2])[1]).toMatchObject({ lowerClosed: false, upperClosed: true });
    expect(bandsOf([0, 1, 2], { closed: "left" })[1]).toMatchObject({
      label: "[1, 2)",
      lowerClosed: true,
      upperClosed: false,
    });
  });
});

describe("band edges: validation (pandas raises for the same inputs)", () => {
  it("refuses duplicate edges (pandas: " + oracle.errors.duplicate?.split("\n")[0] + ")", () => {
    expect(codeOf(() => validateBandEdges([0, 200, 200, 400]))).toBe("BAND_EDGES_DUPLICATE");
  });
  it("refuses unsorted edges (pandas: " + oracle.errors.descending + ")", () => {
    expect(codeOf(() => validateBandEdges([0, 400, 200]))).toBe("BAND_EDGES_NOT_ASCENDING");
  });
  it("refuses fewer than two edges and non-finite edges", () => {
    expect(codeOf(() => validateBandEdges([]))).toBe("BAND_EDGES_TOO_FEW");
    expect(codeOf(() => validateBandEdges([5]))).toBe("BAND_EDGES_TOO_FEW");
    expect(codeOf(() => cutValues([1], [0, Number.NaN]))).toBe("BAND_EDGE_NOT_FINITE");
    expect(codeOf(() => cutValues([1], [0, Infinity]))).toBe("BAND_EDGE_NOT_FINITE");
  });
});

describe("bandEdgesFromStep: exact decimal stepping", () => {
  it("gives the study's discount edges 0.15 … 1 by 0.05 as the decimals, not numpy.arange's drift", () => {
    const edges = bandEdgesFromStep(0.15, 1, 0.05);
    // The same list Python builds with round(0.15 + 0.05 * k, 2) for k = 0..17 (recorded in the oracle).
    expect(edges).toEqual(oracle.cases.find((c) => c.name === "discount")?.edges);
    expect(edges).toHaveLength(18);
    expect(edges[3]).toBe(0.3);
    expect(edges[17]).toBe(1);
    // numpy.arange(0.15, 1.0001, 0.05) drifts: its 4th edge is 0.30000000000000004 and its last 1.0000000000000002.
    expect(oracle.numpy_arange_discount_edges[3]).toBe(0.30000000000000004);
    expect(oracle.numpy_arange_discount_edges[17]).not.toBe(1);
  });

  it("gives the price grid and stops at the last grid point at or below stop", () => {
    expect(bandEdgesFromStep(0, 400, 200)).toEqual([0, 200, 400]);
    expect(bandEdgesFromStep(0, 450, 200)).toEqual([0, 200, 400]);
    expect(bandEdgesFromStep(-0.3, 0.3, 0.1)).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]);
  });

  it("refuses bad steps", () => {
    expect(codeOf(() => bandEdgesFromStep(0, 1, 0))).toBe("BAND_STEP_NOT_POSITIVE");
    expect(codeOf(() => bandEdgesFromStep(0, 1, -0.1))).toBe("BAND_STEP_NOT_POSITIVE");
    expect(codeOf(() => bandEdgesFromStep(1, 1, 0.1))).toBe("BAND_STOP_NOT_ABOVE_START");
    expect(codeOf(() => bandEdgesFromStep(0, 1, 2))).toBe("BAND_EDGES_TOO_FEW");
    expect(codeOf(() => bandEdgesFromStep(0, 1e9, 1))).toBe("BAND_EDGES_TOO_MANY");
    expect(codeOf(() => bandEdgesFromStep(0, Infinity, 1))).toBe("BAND_STEP_NOT_FINITE");
  });

  it("leads its messages with the name the user gave, if any, and names the parameter at fault in the details", () => {
    const caught = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(caught(() => bandEdgesFromStep(0, 1, 0, "--edges"))).toMatchObject({
      code: "BAND_STEP_NOT_POSITIVE",
      message: "--edges: The band step must be above 0 (got 0)",
      details: { argument: "step", value: 0 },
    });
    expect(caught(() => bandEdgesFromStep(2, 1, 0.5))).toMatchObject({
      message: "The band stop must be above the start (got 2 … 1)",
      details: { argument: "stop", value: 1, bound: 2 },
    });
    expect(caught(() => validateBandEdges([0, 200, 100], "--edges"))).toMatchObject({
      message: "--edges: Band edges must ascend (edge 3, 100, is below 200)",
      details: { argument: "edges", row: 2, value: 100, bound: 200 },
    });
  });

  it("property: every stepped edge equals the decimal start + k·step written out (integers ÷ 100)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 40 }),
        (startCents, stepCents, count) => {
          const edges = bandEdgesFromStep(
            startCents / 100,
            (startCents + stepCents * count) / 100,
            stepCents / 100,
          );
          expect(edges).toHaveLength(count + 1);
          edges.forEach((edge, k) => expect(edge).toBe((startCents + k * stepCents) / 100));
        },
      ),
    );
  });
});

describe("data-driven edges", () => {
  it.each(oracle.qcut.map((c) => [c.q, c.values, c] as const))(
    "quantile edges match pandas.qcut (q=%d, %j)",
    (q, values, testCase) => {
      const edges = quantileBandEdges(values, q);
      edges.forEach((edge, index) => expect(edge).toBeCloseTo(testCase.edges[index] as number, 12));
      const codes = cutValues(values, edges).assignments.map((assignment) =>
        assignment.kind === "band" ? assignment.index : -1,
      );
      expect(codes).toEqual(testCase.codes);
    },
  );

  it("quantile edges refuse repeated quantiles as qcut does (" + oracle.errors.qcut_duplicate + ")", () => {
    expect(codeOf(() => quantileBandEdges([1, 1, 1, 1, 2], 4))).toBe("BAND_EDGES_DUPLICATE");
    expect(codeOf(() => quantileBandEdges([null, null], 2))).toBe("BAND_VALUES_EMPTY");
    expect(codeOf(() => quantileBandEdges([1, 2], 0))).toBe("BAND_COUNT_INVALID");
  });

  it("natural breaks split two obvious groups at the first group's maximum", () => {
    // Two groups {1, 2, 3} and {10, 11, 12}: the optimal 1-D 2-means split is between 3 and 10.
    expect(naturalBreakBandEdges([12, 1, 3, 11, 2, 10], 2)).toEqual([1, 3, 12]);
    const codes = cutValues([12, 1, 3, 11, 2, 10], [1, 3, 12]).assignments.map((a) =>
      a.kind === "band" ? a.index : -1,
    );
    expect(codes).toEqual([1, 0, 0, 1, 0, 1]);
    expect(codeOf(() => naturalBreakBandEdges([1, 1, 2], 3))).toBe("BAND_COUNT_TOO_LARGE");
  });
});

describe("bandOfChecked agrees with a linear scan of the closure rule (property)", () => {
  it("for random edges and values", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: -60, max: 60 }),
        fc.boolean(),
        fc.boolean(),
        (rawEdges, value, right, includeLowest) => {
          const edges = [...rawEdges].sort((a, b) => a - b);
          const options = { closed: right ? ("right" as const) : ("left" as const), includeLowest };
          let expected = -1;
          for (let i = 0; i + 1 < edges.length; i++) {
            const lower = edges[i] as number;
            const upper = edges[i + 1] as number;
            const inside = right
              ? (value > lower || (i === 0 && includeLowest && value === lower)) && value <= upper
              : value >= lower && value < upper;
            if (inside) expected = i;
          }
          const assignment = bandOfChecked(value, edges, options);
          expect(assignment.kind === "band" ? assignment.index : -1).toBe(expected);
        },
      ),
    );
  });
});
