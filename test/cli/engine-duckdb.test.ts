/**
 * `--engine duckdb` against the command's own engine on the same fixtures (issue 15 item 4): the same JSON,
 * text lines and sheet tables. Expected values are the in-memory engine's, which the commands' own tests check
 * against hand calculations and pandas; here counts and sums must be equal, fractions within 1e-9 relative.
 * Rows of members come ordered by id from DuckDB, so lists and table rows are compared once sorted.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMMANDS } from "../../cli/commands";
import { openDuckDbSession } from "../../cli/duckdb/duckdb-session";
import type { ResultSheet } from "../../src/report/types";
import { REPO_ROOT, runInProcess } from "../support/cli";

const fixture = (file: string) => path.join(REPO_ROOT, "test/fixtures", file);

async function execute(command: string, input: string, flags: Readonly<Record<string, string>>) {
  const entry = COMMANDS.find((candidate) => candidate.name === command);
  if (entry === undefined) throw new Error(`no command ${command}`);
  // The promotion reads its lines with --lines, its other tables with --products and --traffic.
  const fileFlag = command === "promo" ? "lines" : "input";
  const values = { [fileFlag]: input, ...flags };
  const output = await entry.load().execute({ values, positionals: [], locale: "en" });
  return { json: output.json(), text: output.text(), sheets: output.sheets() ?? [] };
}

/**
 * Lists in a canonical order (members by id, products by key: DuckDB gives them so, the core in first-seen
 * order), numbers kept, so the comparison below sees values only.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    const keyed = (item: unknown) =>
      typeof item === "object" && item !== null && ("memberId" in item || "productKey" in item);
    return items.length > 0 && items.every(keyed)
      ? [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : items;
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

/** Equal, except that two fractions may differ by 1e-9 relative (whole numbers must be equal). */
function expectSameValues(actual: unknown, expected: unknown, where = "$"): void {
  if (typeof actual === "number" && typeof expected === "number" && !Number.isInteger(expected)) {
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    if (Math.abs(actual - expected) > 1e-9 * scale)
      expect({ [where]: actual }).toEqual({ [where]: expected });
    return;
  }
  if (typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, item] of Object.entries(expected)) {
      expectSameValues((actual as Record<string, unknown>)[key], item, `${where}.${key}`);
    }
    return;
  }
  expect({ [where]: actual }).toEqual({ [where]: expected });
}

/** Each sheet's name and tables with their rows sorted (the run record's parameters name --engine, so not compared). */
const sheetTables = (sheets: readonly ResultSheet[]) =>
  sheets.map((sheet) => ({
    name: sheet.baseName,
    tables: sheet.tables.map((table) => ({
      id: table.id,
      title: table.title,
      columns: table.columns,
      rows: [...table.rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    })),
  }));

/** Every memberId in a JSON value. */
function memberIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) memberIds(item, found);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "memberId") found.add(String(item));
      else memberIds(item, found);
    }
  }
  return found;
}

/**
 * The text's lines, sorted, without the rows of a member list and its header: the text shows the first members
 * only, which are others when they come by id, and pads the columns to them.
 */
const textLines = (text: string, ids: ReadonlySet<string>) =>
  text
    .split("\n")
    .filter((line) => {
      const first = line.trim().split(/\s{2,}/)[0] ?? "";
      return !ids.has(first) && first !== "Member";
    })
    .sort();

const CASES: readonly (readonly [string, string, Readonly<Record<string, string>>])[] = [
  ["rfm", "rfm/rfm_data_orders.csv", { "as-of": "2006-12-31" }],
  ["rfm", "member-cli/orders.csv", {}],
  ["rfm", "sql/guest-orders.csv", { "count-by": "days" }],
  ["segment", "segment-cli/order-lines.csv", {}],
  ["segment", "member-cli/orders.csv", { scoring: "quantile", k: "2" }],
  ["cycle", "member-cli/orders.csv", {}],
  ["cycle", "rfm/rfm_data_orders.csv", {}],
  ["cycle", "profile/orders-en.csv", {}],
  ["cycle", "sql/guest-orders.csv", {}],
  ["cohorts", "member-cli/orders.csv", {}],
  ["cohorts", "rfm/rfm_data_orders.csv", {}],
  ["cohorts", "sql/guest-orders.csv", {}],
  ["yoy", "promo-cli/orders.csv", { current: "2017" }],
  ["yoy", "promo-cli/yoy-lines.csv", { current: "2017", previous: "2016" }],
  [
    "yoy",
    "member-cli/orders.csv",
    {
      "current-from": "2021-02-01",
      "current-to": "2021-03-31",
      "previous-from": "2021-01-01",
      "previous-to": "2021-01-31",
    },
  ],
  ["bands", "promo-cli/prices.csv", { by: "Price", edges: "0,100,200", sum: "Amount,Quantity" }],
  ["promo", "promo-cli/lines.csv", {}],
  [
    "promo",
    "promo-cli/lines.csv",
    { products: fixture("promo-cli/products.csv"), traffic: fixture("promo-cli/traffic.csv") },
  ],
  [
    "promo",
    "promo-cli/yoy-lines.csv",
    { rule: "discount-band", products: fixture("promo-cli/products.csv") },
  ],
  ["promo", "promo-cli/lines-with-gaps.csv", { products: fixture("promo-cli/products.csv") }],
  ["bands", "promo-cli/prices.csv", { by: "price", edges: "0:200:100", closed: "left", sum: "Amount" }],
];

describe("--engine duckdb", () => {
  it.each(CASES)(
    "%s %s %j: the same JSON, text and sheets as the command's own engine",
    async (command, file, flags) => {
      const core = await execute(command, fixture(file), flags);
      const duck = await execute(command, fixture(file), { ...flags, engine: "duckdb" });
      expectSameValues(canonical(duck.json), canonical(core.json));
      expectSameValues(sheetTables(duck.sheets), sheetTables(core.sheets));
      const ids = memberIds(core.json);
      expect(textLines(duck.text, ids)).toEqual(textLines(core.text, ids));
    },
    60_000,
  );
});

describe("--engine duckdb on Parquet and on bad input", () => {
  let folder = "";
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), "engine-duckdb-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ["rfm", "member-cli/orders.csv", {}],
    ["cycle", "member-cli/orders.csv", {}],
    ["yoy", "promo-cli/orders.csv", { current: "2017" }],
  ] as const)(
    "%s reads a Parquet copy of %s as the command reads the CSV",
    async (command, file, flags) => {
      const parquet = path.join(folder, `${command}.parquet`);
      const session = await openDuckDbSession();
      try {
        await session.run(
          `COPY (SELECT * FROM read_csv('${fixture(file)}', header = true)) TO '${parquet}' (FORMAT parquet)`,
        );
      } finally {
        session.close();
      }
      const core = await execute(command, fixture(file), flags);
      const duck = await execute(command, parquet, { ...flags, engine: "duckdb" });
      expectSameValues(canonical(duck.json), canonical(core.json));
    },
    60_000,
  );

  // One bad input per command: the same one line and exit status 2 as the command's own engine where the core
  // refuses it, else a line that names the file and says what to do.
  it.each([
    ["cycle", "segment-cli/four-groups.csv", [], "same"],
    ["cohorts", "member-table/members-en.csv", [], "same"],
    ["yoy", "promo-cli/orders.csv", ["--current", "2019"], "same"],
    ["bands", "promo-cli/prices.csv", ["--by", "Item", "--edges", "0,1"], "same"],
    ["promo", "promo-cli/bad-lines.csv", [], "same"],
    ["segment", "promo-cli/prices.csv", [], "same"],
    [
      "segment",
      "member-table/members-en.csv",
      [],
      "--engine duckdb aggregates order lines; this file has one row per member (run it without --engine duckdb)",
    ],
  ] as const)(
    "%s %s %j: exit 2 with one line",
    async (command, file, flags, expected) => {
      const fileFlag = command === "promo" ? "--lines" : "--input";
      const duck = await runInProcess(command, fileFlag, fixture(file), ...flags, "--engine", "duckdb");
      expect(duck.status).toBe(2);
      expect(duck.stderrLines).toHaveLength(1);
      if (expected === "same") {
        const core = await runInProcess(command, fileFlag, fixture(file), ...flags);
        expect(core.status).toBe(2);
        expect(duck.stderrLines).toEqual(core.stderrLines);
      } else {
        expect(duck.stderrLines).toEqual([`commerce-analytics: ${fixture(file)}: ${expected}`]);
      }
    },
    60_000,
  );

  it("refuses a workbook (a zip archive by its first bytes, whatever its name)", async () => {
    const book = path.join(folder, "orders.csv");
    writeFileSync(book, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const run = await runInProcess("rfm", "--input", book, "--engine", "duckdb");
    expect(run.status).toBe(2);
    expect(run.stderrLines).toEqual([
      `commerce-analytics: ${book}: --engine duckdb reads CSV and Parquet files; run an .xlsx workbook without it`,
    ]);
  });

  it("says which engines there are", async () => {
    for (const command of ["rfm", "cycle", "cohorts", "yoy", "bands", "segment"]) {
      const run = await runInProcess(
        command,
        "--input",
        fixture("member-cli/orders.csv"),
        "--engine",
        "spark",
      );
      expect(run.status).toBe(2);
      expect(run.stderrLines).toEqual(['commerce-analytics: --engine must be core or duckdb (got "spark")']);
    }
  });
});
