// The playground grid's shading of colour-scale ranges. Expected colours are worked out by hand below.
import { colorScaleFills } from "../../playground/color-scale-fill";
import { createSimulatedExcel } from "../../playground/simulator";

const redYellowGreen = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

async function sheetWithScale(criteria: object, values: unknown[][], address: string) {
  const sim = createSimulatedExcel({ mode: "desktop", sheetNames: [] });
  sim.addSheet("S", { values, startCell: address.split(":")[0] });
  await sim.run(async (context) => {
    context.workbook.worksheets
      .getItem("S")
      .getRange(address)
      .conditionalFormats.add("ColorScale").colorScale.criteria = criteria as typeof redYellowGreen;
    await context.sync();
  });
  return sim.workbook.sheet("S");
}

test("three colours: lowest red, median yellow, highest green, interpolated in RGB between", async () => {
  // B2:F2 = 0, 4, 10, 20, 30; the 50th percentile (R type 7) of 5 values is the 3rd: 10.
  const sheet = await sheetWithScale(redYellowGreen, [[0, 4, 10, 20, 30]], "B2:F2");
  const fill = colorScaleFills(sheet);
  expect(fill(1, 1)).toBe("#F8696B");
  expect(fill(1, 3)).toBe("#FFEB84");
  expect(fill(1, 5)).toBe("#63BE7B");
  // 4 is 0.4 of the way from 0 to 10: F8 + 0.4·(FF−F8) = 248 + 2.8 = 250.8 → 251 = FB;
  // 69 + 0.4·(EB−69) = 105 + 52 = 157 = 9D; 6B + 0.4·(84−6B) = 107 + 10 = 117 = 75.
  expect(fill(1, 2)).toBe("#FB9D75");
  // 20 is halfway from 10 to 30: 255 − 78 = 177 = B1; 235 − 22.5 = 212.5 → 213 = D5; 132 − 4.5 = 127.5 → 128 = 80.
  expect(fill(1, 4)).toBe("#B1D580");
  // Outside the range: no shading.
  expect(fill(1, 0)).toBeUndefined();
  expect(fill(0, 1)).toBeUndefined();
});

test("text and blank cells in the range stay unshaded; a two-colour scale has no midpoint", async () => {
  const whiteToBlue = {
    minimum: { type: "LowestValue", color: "#FFFFFF" },
    maximum: { type: "HighestValue", color: "#0000FF" },
  };
  const sheet = await sheetWithScale(whiteToBlue, [["Mon", 0, null, 2]], "A1:D1");
  const fill = colorScaleFills(sheet);
  expect(fill(0, 0)).toBeUndefined();
  expect(fill(0, 2)).toBeUndefined();
  expect(fill(0, 1)).toBe("#FFFFFF");
  expect(fill(0, 3)).toBe("#0000FF");
});

test("a sheet without colour scales shades nothing", () => {
  const sim = createSimulatedExcel({ mode: "desktop" });
  expect(colorScaleFills(sim.workbook.sheet("Sheet1"))(0, 0)).toBeUndefined();
});
