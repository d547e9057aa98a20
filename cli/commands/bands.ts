import { bandsAnalysis, type BandsResult } from "../../src/analysis/bands";
import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { bandEdgesFromStep, validateBandEdges } from "../../src/promo/band-edges";
import { promoTranslator } from "../../src/report/promo-format";
import { bandRowsCells } from "../../src/report/promo-band-rows";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { textTable } from "../text-table";
import { ENGINE_OPTION, engineFlag } from "../duckdb/engine-flag";
import { bandsWithDuckDb } from "../duckdb/bands-engine-run";
import { loadAnalysisInput, runSheets, type CommandRun } from "./analysis-input";

/** `bands --input FILE --by COL --edges LIST`: rows and column sums per band, pandas.cut rules. */
export const bandsCommand = defineCommand<CommandRun<BandsResult>>({
  usage: [
    "bands --input FILE --by COL --edges LIST|START:STOP:STEP [--sum COL,COL] [--closed right|left] [--engine core|duckdb]",
    "    [--json] [--out FILE.xlsx]",
    "",
    "--engine duckdb: DuckDB (embedded) counts and sums the bands with the SQL `sql --analysis bands` prints,",
    "streaming the file, so a CSV or Parquet file larger than memory works.",
  ].join("\n"),
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
    ...ENGINE_OPTION,
  },
  async run(args) {
    const { values } = args;
    const engine = engineFlag(values.engine);
    if (typeof values.by !== "string") throw new CliError("bands requires --by COL");
    if (typeof values.edges !== "string")
      throw new CliError("bands requires --edges LIST or START:STOP:STEP");
    const edges = parseEdges(values.edges);
    const closed = values.closed ?? "right";
    if (closed !== "right" && closed !== "left") {
      throw new CliError(`--closed must be right or left (got "${String(closed)}")`);
    }
    const sum = typeof values.sum === "string" ? values.sum.split(",").map((name) => name.trim()) : [];
    if (engine === "duckdb") return bandsWithDuckDb(args, { by: values.by, edges, sum, closed });
    const input = await loadAnalysisInput(args);
    return {
      input,
      run: bandsAnalysis(input.loaded.table, { by: values.by, edges, sum, closed }, input.context),
    };
  },
  toJson: ({ run }) => {
    const { by, edges, closed, rows } = run.result;
    return { by, edges, closed, ...rows };
  },
  renderText: renderBandsText,
  resultSheets: runSheets,
});

/**
 * "0,200,400" → [0, 200, 400]; "0.15:1:0.05" → 0.15, 0.2, … 1 (see bandEdgesFromStep). Bad edges are a
 * problem of the flag, not of the input file, so they are reported without the file name; the core names
 * the flag in its message because it is given "--edges" as the caller's name.
 */
function parseEdges(text: string): number[] {
  try {
    const edges = edgesFromText(text);
    validateBandEdges(edges, "--edges");
    return edges;
  } catch (error) {
    if (isCoreError(error)) throw new CliError(error.message);
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
    return bandEdgesFromStep(number(start), number(stop), number(step), "--edges");
  }
  if (stepped.length !== 1) throw new CliError(`--edges must be a list or START:STOP:STEP (got "${text}")`);
  return text.split(",").map(number);
}

/** The sheet's rows as a terminal table, sums with 2 decimals when they have a fraction. */
function renderBandsText({ input, run }: CommandRun<BandsResult>, locale: Locale): string {
  const t = promoTranslator(locale);
  const header = [
    `${t("header.band")} (${run.result.by})`,
    t("header.lines"),
    ...Object.keys(run.result.rows.missing.sums),
  ];
  const rows = bandRowsCells(run.result, locale).map((row) =>
    row.map((cell) => (typeof cell === "number" && !Number.isInteger(cell) ? cell.toFixed(2) : String(cell))),
  );
  return `${input.loaded.inputAddress}\n\n${textTable([header, ...rows])}\n`;
}
