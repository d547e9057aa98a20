import type { Locale } from "../../src/i18n/locale";
import type { BandClosed } from "../../src/promo/band-cut";
import { isCoreError } from "../../src/errors";
import { bandEdgesFromStep, validateBandEdges } from "../../src/promo/band-edges";
import { bandRows, type BandRowsResult } from "../../src/promo/band-rows";
import { PROMO_FORMATS as F, promoColumn, promoTranslator } from "../../src/report/promo-format";
import type { ReportCell, ResultSheet } from "../../src/report/types";
import { findColumnIndex } from "../../src/table/column-overrides";
import type { NumberColumn, Table } from "../../src/table/types";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadTable } from "../load-table";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { textTable } from "../text-table";

/** What `bands` computed: the banding of one column with the sums of others. */
export interface BandsCommandResult {
  readonly by: string;
  readonly edges: readonly number[];
  readonly closed: BandClosed;
  readonly result: BandRowsResult;
  readonly inputAddress: string;
  readonly rowCount: number;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
}

/** `bands --input FILE --by COL --edges LIST`: rows and column sums per band, pandas.cut rules. */
export const bandsCommand = defineCommand<BandsCommandResult>({
  usage:
    "bands --input FILE --by COL --edges LIST|START:STOP:STEP [--sum COL,COL] [--closed right|left] [--json] [--out FILE.xlsx]",
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    by: { type: "string", valueName: "COL", description: "the numeric column to cut into bands" },
    edges: {
      type: "string",
      valueName: "LIST",
      description: "ascending edges, e.g. 0,200,400,100000, or start:stop:step, e.g. 0.15:1:0.05",
    },
    sum: { type: "string", valueName: "COL,COL", description: "numeric columns summed per band" },
    closed: {
      type: "string",
      valueName: "right|left",
      description: "closed side of each band (default right)",
    },
  },
  async run(args) {
    const { values } = args;
    if (typeof values.by !== "string") throw new CliError("bands requires --by COL");
    if (typeof values.edges !== "string")
      throw new CliError("bands requires --edges LIST or START:STOP:STEP");
    const edges = parseEdges(values.edges);
    const closed = values.closed ?? "right";
    if (closed !== "right" && closed !== "left") {
      throw new CliError(`--closed must be right or left (got "${String(closed)}")`);
    }
    const { table, inputAddress } = await loadTable(args);
    const byColumn = numericColumn(table, values.by, "--by");
    const sumNames = typeof values.sum === "string" ? values.sum.split(",").map((name) => name.trim()) : [];
    const sumColumns = Object.fromEntries(
      sumNames.map((name) => {
        const column = numericColumn(table, name, "--sum");
        return [column.name, column.values];
      }),
    );
    const result = bandRows(byColumn.values, edges, sumColumns, { closed });
    return {
      by: byColumn.name,
      edges,
      closed,
      result,
      inputAddress,
      rowCount: table.rowCount,
      parameters: parametersFromFlags(values),
    };
  },
  toJson: ({ by, edges, closed, result }) => ({ by, edges, closed, ...result }),
  renderText: renderBandsText,
  resultSheets: (result, locale) => [bandsSheet(result, locale)],
});

/**
 * "0,200,400" → [0, 200, 400]; "0.15:1:0.05" → 0.15, 0.2, … 1 (see bandEdgesFromStep). Bad edges are a
 * problem of the flag, not of the input file, so they are reported without the file name.
 */
function parseEdges(text: string): number[] {
  try {
    const edges = edgesFromText(text);
    validateBandEdges(edges, "--edges");
    return edges;
  } catch (error) {
    if (isCoreError(error)) throw new CliError(error.message.replace(/^bandEdgesFromStep/, "--edges"));
    throw error;
  }
}

function edgesFromText(text: string): number[] {
  const number = (part: string): number => {
    const value = part.trim() === "" ? Number.NaN : Number(part);
    if (!Number.isFinite(value)) throw new CliError(`--edges: "${part}" is not a number`);
    return value;
  };
  const stepped = text.split(":");
  if (stepped.length === 3) {
    const [start = "", stop = "", step = ""] = stepped;
    return bandEdgesFromStep(number(start), number(stop), number(step));
  }
  if (stepped.length !== 1) throw new CliError(`--edges must be a list or START:STOP:STEP (got "${text}")`);
  return text.split(",").map(number);
}

function numericColumn(table: Table, name: string, flag: string): NumberColumn {
  const column = table.columns[findColumnIndex(table.columns, name, flag)];
  if (column?.type !== "number") {
    throw new CliError(
      `${flag} column "${column?.name ?? name}" must be numeric (it was read as ${column?.type})`,
    );
  }
  return column;
}

/** Label, rows and sums of every band, then the rows below, above and without a value. */
function bandTableRows({ edges, result }: BandsCommandResult, locale: Locale): ReportCell[][] {
  const t = promoTranslator(locale);
  const sumsOf = (sums: Readonly<Record<string, number>>): number[] => Object.values(sums);
  const first = String(edges[0]);
  const last = String(edges[edges.length - 1]);
  return [
    ...result.bands.map((band) => [band.label, band.rows, ...sumsOf(band.sums)]),
    [t("band.below", { edge: first }), result.below.rows, ...sumsOf(result.below.sums)],
    [t("band.above", { edge: last }), result.above.rows, ...sumsOf(result.above.sums)],
    [t("band.missing"), result.missing.rows, ...sumsOf(result.missing.sums)],
  ];
}

function renderBandsText(bands: BandsCommandResult, locale: Locale): string {
  const t = promoTranslator(locale);
  const header = [
    `${t("header.band")} (${bands.by})`,
    t("header.lines"),
    ...Object.keys(bands.result.missing.sums),
  ];
  const rows = bandTableRows(bands, locale).map((row) =>
    row.map((cell) => (typeof cell === "number" && !Number.isInteger(cell) ? cell.toFixed(2) : String(cell))),
  );
  return `${bands.inputAddress}\n\n${textTable([header, ...rows])}\n`;
}

function bandsSheet(bands: BandsCommandResult, locale: Locale): ResultSheet {
  const t = promoTranslator(locale);
  const sumNames = Object.keys(bands.result.missing.sums);
  return {
    baseName: t("sheet.bands"),
    tables: [
      {
        id: "promo.bandRows",
        title: `${t("header.band")}: ${bands.by}`,
        columns: [
          promoColumn(t, "band", "header.band", F.text),
          promoColumn(t, "rows", "header.lines", F.count),
          ...sumNames.map((name, index) => ({ key: `sum${index + 1}`, header: name, numberFormat: F.money })),
        ],
        rows: bandTableRows(bands, locale),
      },
    ],
    charts: [],
    runRecord: cliRunRecord(bands.inputAddress, bands.rowCount, bands.parameters),
  };
}
