import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { rfmCommand, type RfmJson } from "../../cli/commands/rfm";
import { openDuckDbSession } from "../../cli/duckdb/duckdb-session";
import { REPO_ROOT, spawnCli } from "../support/cli";

async function rfm(file: string, flags: Record<string, string> = {}) {
  const output = await rfmCommand.execute({
    values: { input: file, ...flags },
    positionals: [],
    locale: "en",
  });
  return { json: output.json() as RfmJson, sheets: output.sheets() ?? [] };
}

const byId = (json: RfmJson) =>
  [...json.members].sort((a, b) => (String(a.memberId) < String(b.memberId) ? -1 : 1));

describe("rfm --engine duckdb", () => {
  it.each([
    ["test/fixtures/rfm/rfm_data_orders.csv", { "as-of": "2006-12-31" }],
    ["test/fixtures/member-cli/orders.csv", {}],
    ["test/fixtures/sql/guest-orders.csv", { "count-by": "days" }],
  ])(
    "%s: the same members, scores, segments, rows and sheet headers as the command's own engine",
    async (file, flags) => {
      const core = await rfm(path.join(REPO_ROOT, file), flags);
      const duck = await rfm(path.join(REPO_ROOT, file), { ...flags, engine: "duckdb" });
      const { members: coreMembers, ...coreRest } = core.json;
      const { members: duckMembers, ...duckRest } = duck.json;
      expect(duckRest).toEqual(coreRest);
      expect(duckMembers).toEqual(byId(core.json));
      expect(duckMembers).toHaveLength(coreMembers.length);
      // The same sheets and tables; each table's rows the same once ordered (the members table comes by id).
      const shape = (sheets: typeof core.sheets) =>
        sheets.map((sheet) => ({
          name: sheet.baseName,
          tables: sheet.tables.map((table) => ({
            id: table.id,
            title: table.title,
            columns: table.columns,
            rows: table.rows.map((row) => JSON.stringify(row)).sort(),
          })),
        }));
      expect(shape(duck.sheets)).toEqual(shape(core.sheets));
    },
  );

  it("reads a Parquet file, and says what to do with a workbook or a bad flag", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "rfm-parquet-"));
    try {
      const csv = path.join(REPO_ROOT, "test/fixtures/member-cli/orders.csv");
      const parquet = path.join(folder, "orders.parquet");
      const session = await openDuckDbSession();
      await session.run(
        `COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`,
      );
      session.close();
      const fromParquet = spawnCli("rfm", "--input", parquet, "--engine", "duckdb", "--json");
      expect(fromParquet.stderr).toBe("");
      expect(fromParquet.json<RfmJson>().members).toEqual(byId((await rfm(csv)).json));
      // A workbook is a zip archive: its first bytes say so, whatever its name.
      const book = path.join(folder, "orders.xlsx");
      writeFileSync(book, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
      const workbook = spawnCli("rfm", "--input", book, "--engine", "duckdb");
      expect(workbook.status).toBe(2);
      expect(workbook.stderrLines).toEqual([
        `commerce-analytics: ${book}: --engine duckdb reads CSV and Parquet files; run an .xlsx workbook without it`,
      ]);
      const engine = spawnCli("rfm", "--input", csv, "--engine", "spark");
      expect(engine.status).toBe(2);
      expect(engine.stderrLines[0]).toContain('--engine must be core or duckdb (got "spark")');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
