import { useCallback, useState } from "react";
import { FileError } from "../fileio/file-error";
import type { Locale } from "../src/i18n/locale";
import { formatAddress } from "../taskpane/excel/a1-address";
import { readUserFile } from "./read-user-file";
import { freeSheetName } from "./sheet-name";
import type { SimulatedExcel } from "./simulator";
import { offerDownload, workbookXlsxBytes } from "./workbook-download";

/** A line under the playground's file bar: what was opened and how it was read, or what went wrong. */
export interface FileMessage {
  readonly kind: "note" | "error";
  readonly text: string;
}

/**
 * Opening files into the simulated workbook and downloading it: `open` reads each file (readUserFile),
 * adds a sheet per file (per worksheet of an .xlsx) and selects the first new sheet's data; `download`
 * saves every sheet as "playground.xlsx". `messages` says what happened, file by file.
 */
export function useFileOpener(excel: SimulatedExcel, locale: Locale, onChanged: () => void) {
  const [messages, setMessages] = useState<readonly FileMessage[]>([]);
  const open = useCallback(
    async (files: readonly File[]) => {
      const lines: FileMessage[] = [];
      let firstAddress: string | null = null;
      for (const file of files) {
        try {
          const sheets = await readUserFile(file.name, new Uint8Array(await file.arrayBuffer()), locale);
          for (const sheet of sheets) {
            const name = freeSheetName(sheet.name, [
              ...excel.workbook.sheetNames,
              ...excel.workbook.chartSheetNames,
            ]);
            excel.addSheet(name, { values: sheet.values, numberFormats: sheet.numberFormats });
            const rows = sheet.values.length;
            const columns = Math.max(1, ...sheet.values.map((row) => row.length));
            firstAddress ??= formatAddress(
              { startRow: 0, startColumn: 0, rowCount: Math.max(rows, 1), columnCount: columns },
              name,
            );
            lines.push({ kind: "note", text: `${file.name}: opened as sheet "${name}" (${rows} rows).` });
            lines.push(...sheet.notes.map((text) => ({ kind: "note" as const, text: `${name}: ${text}` })));
          }
        } catch (error) {
          lines.push({ kind: "error", text: errorLine(error, file.name) });
        }
      }
      if (firstAddress !== null) excel.select(firstAddress);
      setMessages(lines);
      onChanged();
    },
    [excel, locale, onChanged],
  );
  const download = useCallback(async () => {
    try {
      offerDownload(await workbookXlsxBytes(excel), "playground.xlsx");
      setMessages([
        { kind: "note", text: `Downloaded playground.xlsx (${excel.workbook.sheetNames.length} sheets).` },
      ]);
    } catch (error) {
      setMessages([{ kind: "error", text: `The workbook could not be written: ${String(error)}` }]);
    }
  }, [excel]);
  return { messages, open, download };
}

function errorLine(error: unknown, fileName: string): string {
  if (error instanceof FileError) return `${error.file ?? fileName}: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${fileName}: could not be read (${message})`;
}
