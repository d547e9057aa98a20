import type ExcelJS from "exceljs";

/**
 * exceljs, loaded on first use: it takes about 0.4 s to load, which a CSV run does not need to pay
 * (measured: `node -e "require('exceljs')"` 0.37 s vs 0.22 s for tsx alone on the 2-core CI machine).
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const module = await import("exceljs");
  return (module as { default?: typeof ExcelJS }).default ?? (module as unknown as typeof ExcelJS);
}
