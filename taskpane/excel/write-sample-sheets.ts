import type { SampleSheet } from "../samples/sample-sheet";
import { formatAddress } from "./a1-address";
import { queueRecordRead, readRecord } from "./addin-record";
import { planBlocks } from "./block-plan";
import { characterWidthToPoints } from "./column-width";
import { cellDisplayChars } from "./display-width";
import type { SheetLayout } from "./layout-types";
import type { InputRange } from "./read-input";
import { syncWithRetry } from "./sync-retry";
import { withoutLeftovers, type CreatedSheet } from "./write-failure";
import type { WriteEnvironment } from "./write-result-types";
import { writeRows } from "./write-rows";
import { createSheet, queueDecorations, suspendScreenUpdating, type WriteContext } from "./write-steps";

/** Rows measured for a sample column's width: the header and the first rows are enough for generated data. */
const WIDTH_SAMPLE_ROWS = 50;

/**
 * Writes sample exports as NEW sheets in one Excel.run and returns each as the input it now is (address, values,
 * number formats), so a tab can take it without reading it back. Each sheet gets a free name from its base name
 * (a user's sheet is never overwritten: "Sample orders (2)" when "Sample orders" exists); the header row is written
 * with the sheet, the rows in planned blocks (write-rows.ts), then the header is frozen, the columns sized and the
 * first sheet activated. The sheets are the user's data, not results: they are not put in the add-in's record, so
 * they read as input without a question.
 *
 * All or nothing: if any request fails before the last, every sheet this call created is deleted again
 * (write-failure.ts), as for result sheets.
 *
 * @throws CoreError WRITE_NOT_CLEANED_UP (the failed sheets could not be removed); Excel's errors as they come
 */
export async function writeSampleSheets(
  env: WriteEnvironment,
  samples: readonly SampleSheet[],
): Promise<InputRange[]> {
  if (samples.length === 0) return [];
  return env.excel.run(async (context) => {
    const write: WriteContext = {
      context,
      requirements: env.requirements,
      retry: env.retry,
      session: env.session,
    };
    const record = readRecord(
      await syncWithRetry(context, () => queueRecordRead(context), env.retry),
      env.session,
    );
    const layouts = samples.map(sampleLayout);
    const created: CreatedSheet[] = [];
    try {
      for (const [index, sample] of samples.entries()) {
        const layout = layouts[index] as SheetLayout;
        const taken = [...record.sheets.map((each) => each.name), ...created.map((each) => each.name)];
        const sheet = await createSheet(write, sample.name, taken, layout);
        created.push(sheet);
        await writeRows(write, sheet.sheet, layout.regions, planBlocks(layout.regions, env.budgetBytes), {
          budgetBytes: env.budgetBytes,
        });
      }
      await syncWithRetry(
        context,
        () => {
          suspendScreenUpdating(write);
          for (const [index, { sheet }] of created.entries()) {
            const layout = layouts[index];
            if (layout !== undefined) queueDecorations(sheet, layout);
          }
          created[0]?.sheet.activate();
        },
        env.retry,
      );
    } catch (error) {
      throw await withoutLeftovers(write, created, error);
    }
    return samples.map((sample, index) => {
      const sheetName = created[index]?.name ?? sample.name;
      const columnCount = sample.values[0]?.length ?? 0;
      return {
        address: formatAddress(
          { startRow: 0, startColumn: 0, rowCount: sample.values.length, columnCount },
          sheetName,
        ),
        sheetName,
        values: sample.values.map((row) => [...row]),
        numberFormats: sample.numberFormats.map((row) => [...row]),
        rowCount: sample.values.length,
        columnCount,
        onAddInSheet: false,
      };
    });
  });
}

/** The header row as a bold block, the data rows as one region, the header frozen, columns fitted to their text. */
function sampleLayout(sample: SampleSheet): SheetLayout {
  const [header = [], ...rows] = sample.values;
  const columnCount = header.length;
  const rowFormats = sample.numberFormats[1] ?? header.map(() => "General");
  return {
    blocks: [
      {
        rect: { startRow: 0, startColumn: 0, rowCount: 1, columnCount },
        values: [header],
        bold: true,
      },
    ],
    regions:
      rows.length === 0 ? [] : [{ id: "rows", topRow: 1, leftColumn: 0, rows, numberFormats: rowFormats }],
    tables: [],
    charts: [],
    frozenRows: 1,
    columnWidths: header.map((_name, column) => ({
      column,
      points: characterWidthToPoints(
        widestCharacters(sample.values, column, rowFormats[column] ?? "General"),
      ),
    })),
    colorScales: [],
  };
}

/** The widest of a column's first cells in character cells, as Excel shows them under the column's format. */
function widestCharacters(
  values: readonly (readonly (string | number)[])[],
  column: number,
  format: string,
): number {
  const widths = values
    .slice(0, WIDTH_SAMPLE_ROWS)
    .map((row, index) => cellDisplayChars(row[column] ?? null, index === 0 ? "General" : format));
  return Math.max(8.43, ...widths) + 2;
}
