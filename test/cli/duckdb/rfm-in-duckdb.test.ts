import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { rfmAnalysis } from "../../../src/analysis/rfm";
import { sqlSourceOfTable } from "../../../src/sql/source";
import { serialFromIsoDate } from "../../../src/yoy/serial-date";
import { openDuckDbSession, type DuckDbSession } from "../../../cli/duckdb/duckdb-session";
import { createFileView, INPUT_VIEW } from "../../../cli/duckdb/file-view";
import { rfmInDuckDb } from "../../../cli/duckdb/rfm-in-duckdb";
import { sampleTable } from "../../../cli/duckdb/sample-table";
import { loadTable } from "../../../cli/load-table";
import type { CommandArgs } from "../../../cli/command";
import { REPO_ROOT } from "../../support/cli";
import { TEST_CONTEXT } from "../../support/sql/fixtures";

/** The core's R/F/M on the file as the command line reads it, members sorted by id as DuckDB returns them. */
async function coreRfm(file: string, settings: { asOfSerial?: number } = {}) {
  const args = { values: { input: file }, positionals: [], locale: "en" } as unknown as CommandArgs;
  const { table } = await loadTable(args);
  const { members, readRowCount } = rfmAnalysis(table, settings, TEST_CONTEXT).result;
  const order = members.memberIds
    .map((_, index) => index)
    .sort((a, b) => (String(members.memberIds[a]) < String(members.memberIds[b]) ? -1 : 1));
  return {
    readRowCount,
    rows: order.map((index) => [
      String(members.memberIds[index]),
      members.recencyDays[index],
      members.frequency[index],
      members.monetary[index],
    ]),
    skipped: members.skippedRows,
    used: members.usedRowCount,
    asOf: members.asOfSerial,
  };
}

async function duckRfm(session: DuckDbSession, file: string, settings: { asOfSerial?: number } = {}) {
  await session.run(`DROP VIEW IF EXISTS ${INPUT_VIEW}`);
  await createFileView(session, file);
  const table = await sampleTable(session, file, {});
  const result = await rfmInDuckDb(session, sqlSourceOfTable(table, INPUT_VIEW), settings);
  const { members } = result;
  return {
    readRowCount: result.readRowCount,
    rows: members.memberIds.map((id, index) => [
      id,
      members.recencyDays[index],
      members.frequency[index],
      members.monetary[index],
    ]),
    skipped: members.skippedRows,
    used: members.usedRowCount,
    asOf: members.asOfSerial,
  };
}

describe("R/F/M aggregated in DuckDB (--engine duckdb)", () => {
  let session: DuckDbSession;
  let folder: string;
  beforeAll(async () => {
    session = await openDuckDbSession();
    folder = mkdtempSync(path.join(tmpdir(), "duck-rfm-"));
  });
  afterAll(() => {
    session.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it.each([
    ["test/fixtures/member-cli/orders.csv", {}],
    ["test/fixtures/sql/guest-orders.csv", {}],
    ["test/fixtures/rfm/rfm_data_orders.csv", { asOfSerial: serialFromIsoDate("2006-12-31") }],
  ])("%s: the core's members, rows left out and as-of", async (file, settings) => {
    const full = path.join(REPO_ROOT, file);
    expect(await duckRfm(session, full, settings)).toEqual(await coreRfm(full, settings));
  });

  it("reads the same rows from a Parquet file", async () => {
    const csv = path.join(REPO_ROOT, "test/fixtures/member-cli/orders.csv");
    const parquet = path.join(folder, "orders.parquet");
    await session.run(
      `COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    expect(await duckRfm(session, parquet)).toEqual(await coreRfm(csv));
  });

  it("guest orders by hand: the id 0 lines are left out as blank ids (test/fixtures/sql/README.md)", async () => {
    const result = await duckRfm(session, path.join(REPO_ROOT, "test/fixtures/sql/guest-orders.csv"));
    expect(result.rows).toEqual([
      ["1001", 108, 2, 200],
      ["1002", 42, 2, 260],
      ["1003", 1, 3, 150],
    ]);
    expect(result.skipped.blankMemberId).toBe(2);
    expect(result.skipped.blankOrderId).toBe(1);
    expect(result.asOf).toBe(serialFromIsoDate("2021-07-01"));
  });

  it("refuses an as-of date before the latest order with the core's code", async () => {
    await expect(
      duckRfm(session, path.join(REPO_ROOT, "test/fixtures/sql/guest-orders.csv"), {
        asOfSerial: serialFromIsoDate("2021-06-01"),
      }),
    ).rejects.toMatchObject({ code: "AS_OF_BEFORE_LAST_ORDER" });
  });

  it("refuses a CSV that is not UTF-8 and a workbook, naming the way out", async () => {
    await session.run(`DROP VIEW IF EXISTS ${INPUT_VIEW}`);
    // 會員 in Big5 (0xB7 0x7C 0xAD 0xFB), a header and one row: not valid UTF-8.
    const big5 = path.join(folder, "big5.csv");
    writeFileSync(big5, Buffer.from([0xb7, 0x7c, 0xad, 0xfb, 0x0a, 0x41, 0x0a]));
    await expect(createFileView(session, big5)).rejects.toThrow(/not UTF-8 \(save it as CSV UTF-8/);
    const book = path.join(folder, "book.csv");
    writeFileSync(book, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    await expect(createFileView(session, book)).rejects.toThrow(/run an \.xlsx workbook without it/);
  });
});
