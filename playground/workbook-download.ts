import { gridSheetsXlsx, type GridSheet } from "../fileio/write-grid-xlsx";
import type { SimulatedExcel } from "./simulator";

/**
 * The simulated workbook as .xlsx bytes: every worksheet in tab order (samples, opened files, result
 * sheets), each cell's value and number format, and a "Charts" sheet listing the charts and the ranges of
 * their data (fileio's gridSheetsXlsx). Made in the browser; nothing is sent anywhere.
 *
 * Cost: O(cells).
 */
export async function workbookXlsxBytes(excel: SimulatedExcel): Promise<Uint8Array> {
  const sheets: GridSheet[] = excel.workbook.sheetNames.map((name) => {
    const sheet = excel.workbook.sheet(name);
    const used = sheet.usedAddress();
    // From A1, so every cell keeps its address.
    const address = used === null ? null : `A1:${used.split("!").pop()?.split(":").pop() ?? "A1"}`;
    return {
      name,
      values: address === null ? [] : sheet.values(address),
      numberFormats: address === null ? [] : sheet.numberFormats(address),
      charts: sheet.charts.map((chart) => ({
        title: chart.title || chart.name,
        type: chart.type,
        series: chart.series,
      })),
    };
  });
  return gridSheetsXlsx(sheets);
}

/** Offers `bytes` as a file download (an object URL on a temporary link). */
export function offerDownload(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
