import { createWorkerGrids } from "../../engine/worker-grids";

describe("createWorkerGrids", () => {
  test("rows sent in several messages make one grid, which a request naming it gets in place of the reference", () => {
    const grids = createWorkerGrids();
    grids.append({
      type: "grid-rows",
      gridId: 7,
      values: [["Customer ID"], ["C1"]],
      numberFormats: [["General"], ["@"]],
    });
    grids.append({ type: "grid-rows", gridId: 7, values: [["C2"]], numberFormats: [["@"]] });
    const request = { grid: { gridId: 7, firstRowNumber: 3 }, roleChoices: {} };
    expect(grids.resolve(request)).toEqual({
      grid: {
        values: [["Customer ID"], ["C1"], ["C2"]],
        numberFormats: [["General"], ["@"], ["@"]],
        firstRowNumber: 3,
      },
      roleChoices: {},
    });
  });

  test("a grid sent without number formats resolves without them", () => {
    const grids = createWorkerGrids();
    grids.append({ type: "grid-rows", gridId: 1, values: [["a"], [1]] });
    expect(grids.resolve({ grid: { gridId: 1 } })).toEqual({ grid: { values: [["a"], [1]] } });
  });

  test("a request that carries its grid, or has none, is passed on as it is", () => {
    const grids = createWorkerGrids();
    const carried = { grid: { values: [["a"], [1]] } };
    expect(grids.resolve(carried)).toBe(carried);
    const none = { values: [[1]] };
    expect(grids.resolve(none)).toBe(none);
    expect(grids.resolve(null)).toBeNull();
  });

  test("a dropped grid, or one never sent, is refused with a message naming it", () => {
    const grids = createWorkerGrids();
    grids.append({ type: "grid-rows", gridId: 2, values: [["a"]] });
    grids.drop(2);
    expect(() => grids.resolve({ grid: { gridId: 2 } })).toThrow("The engine does not hold input grid 2.");
    expect(() => grids.resolve({ grid: { gridId: 9 } })).toThrow("The engine does not hold input grid 9.");
  });
});
