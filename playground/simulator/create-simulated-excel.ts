import { readAddress, type CellRect } from "./address";
import { ErrorCodes, SimulatedExcelError } from "./errors";
import { EXCEL_ENUMS } from "./excel-enums";
import { inspectWorkbook } from "./inspector";
import { WorkbookModel, type SheetModel } from "./model";
import { writeNumberFormats, writeValues } from "./range-ops";
import type { SimulatorState } from "./request-context";
import { checkNewSheetName } from "./sheet-rules";
import { addTable } from "./table-ops";
import { SimulatedRequestContext } from "./simulated-request-context";
import type { SimulatedExcel, SimulatedRequirements, SimulatorOptions } from "./simulator-api";

export function createSimulatedExcel(options: SimulatorOptions): SimulatedExcel {
  const apiMinorVersion = minorVersion(options.excelApiVersion ?? "1.12");
  const state: SimulatorState = {
    model: new WorkbookModel(),
    config: {
      mode: options.mode,
      apiMinorVersion,
      payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
    },
    syncCount: 0,
    requestLog: [],
    failures: new Map(),
    sheetDeletions: new Map(),
    cellEditMode: false,
    runCount: 0,
    screenFlickers: 0,
    listeners: new Set(),
  };
  const { model } = state;
  for (const name of options.sheetNames ?? ["Sheet1"]) addSheet(model, name);
  const requirements: SimulatedRequirements = {
    isSetSupported: (name, minVersion = "1.1") =>
      name === "ExcelApi" && minorVersion(minVersion) <= apiMinorVersion,
  };
  return {
    async run(batch) {
      const context = new SimulatedRequestContext(state);
      try {
        const result = await batch(context);
        // Excel.run sends whatever is still queued when the batch's promise resolves.
        if (context.hasPendingOperations) await context.sync();
        return result;
      } finally {
        context.finish();
      }
    },
    ErrorCodes,
    ...EXCEL_ENUMS,
    requirements,
    office: { context: { requirements } },
    mode: options.mode,
    payloadLimitBytes: state.config.payloadLimitBytes,
    workbook: inspectWorkbook(model),
    get syncCount() {
      return state.syncCount;
    },
    get requestLog() {
      return state.requestLog;
    },
    addSheet: (name, contents) => {
      const sheet = addSheet(model, name);
      const start = readAddress(contents?.startCell ?? "A1").rect;
      if (contents?.values !== undefined)
        writeValues(model, { sheet, rect: blockAt(start, contents.values) }, contents.values);
      if (contents?.numberFormats !== undefined) {
        writeNumberFormats({ sheet, rect: blockAt(start, contents.numberFormats) }, contents.numberFormats);
      }
    },
    addTable: (address, hasHeaders = true) => {
      const { sheet, rect } = sheetAndRect(model, address);
      addTable(model, sheet, rect, hasHeaders);
    },
    select: (addresses, activeCell) => {
      const parsed = (typeof addresses === "string" ? [addresses] : addresses).map((address) =>
        sheetAndRect(model, address),
      );
      const sheet = parsed[0]?.sheet;
      if (sheet === undefined || parsed.some((each) => each.sheet !== sheet)) {
        throw new Error("select needs one or more areas on one sheet");
      }
      const active = activeCell === undefined ? undefined : readAddress(activeCell).rect;
      model.select(
        sheet,
        parsed.map((each) => each.rect),
        active === undefined ? undefined : { row: active.startRow, column: active.startColumn },
      );
    },
    failSync: (syncNumber, code = ErrorCodes.generalException) => state.failures.set(syncNumber, code),
    setCellEditMode: (editing) => (state.cellEditMode = editing),
    deleteSheetDuringSync: (syncNumber, name) => state.sheetDeletions.set(syncNumber, name),
    get screenFlickers() {
      return state.screenFlickers;
    },
    reopen: () => model.reassignSheetIds(),
    addChartSheet: (name) => {
      checkNewSheetName(model, name);
      model.chartSheetNames.push(name);
    },
    subscribe: (listener) => {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
  };
}

function addSheet(model: WorkbookModel, name: string): SheetModel {
  checkNewSheetName(model, name);
  return model.addSheet(name);
}

function sheetAndRect(model: WorkbookModel, address: string): { sheet: SheetModel; rect: CellRect } {
  const { sheetName, rect } = readAddress(address);
  const sheet = sheetName === undefined ? model.activeSheet : model.findSheet(sheetName);
  if (sheet === null || sheet === undefined)
    throw new SimulatedExcelError(ErrorCodes.itemNotFound, `No sheet for "${address}".`);
  return { sheet, rect };
}

function blockAt(start: CellRect, grid: readonly (readonly unknown[])[]): CellRect {
  return {
    startRow: start.startRow,
    startColumn: start.startColumn,
    rowCount: grid.length,
    columnCount: grid[0]?.length ?? 0,
  };
}

function minorVersion(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (match === null) throw new Error(`ExcelApi versions look like "1.9" (got "${version}")`);
  return Number(match[1]);
}
