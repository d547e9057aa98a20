import { formatAddress } from "../taskpane/excel/a1-address";
import { samples } from "./samples";
import { createSimulatedExcel, type SimulatedExcel } from "./simulator";

/**
 * A simulated Excel on the web preloaded with the sample exports, with the English orders table selected
 * (as a user would after pasting an export), so "Use current selection" works at once.
 */
export function createPlaygroundWorkbook(): SimulatedExcel {
  const builtSamples = samples.map((make) => make());
  const excel = createSimulatedExcel({ mode: "web", sheetNames: [] });
  for (const sample of builtSamples) {
    excel.addSheet(sample.name, { values: sample.values, numberFormats: sample.numberFormats });
  }
  const first = builtSamples[0];
  if (first !== undefined) {
    const columnCount = first.values[0]?.length ?? 1;
    excel.select(
      formatAddress({ startRow: 0, startColumn: 0, rowCount: first.values.length, columnCount }, first.name),
    );
  }
  return excel;
}
