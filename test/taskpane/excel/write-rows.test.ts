import { MEASURE_ROWS_PER_PIECE, rowsJsonBytes } from "../../../taskpane/excel/write-rows";

describe("rowsJsonBytes", () => {
  test("rows measured in pieces add up to the JSON of the whole request", async () => {
    // 25,000 rows ["a",1]: each row is 7 bytes of JSON, n rows are "[" + n × 7 + (n - 1) commas + "]" = 8n + 1.
    const rows = Array.from({ length: 25_000 }, () => ["a", 1]);
    expect(rows.length).toBeGreaterThan(2 * MEASURE_ROWS_PER_PIECE);
    await expect(rowsJsonBytes(rows)).resolves.toBe(200_001);
  });

  test("multi-byte text counts its UTF-8 bytes across pieces", async () => {
    // ["分",1]: 分 is 3 bytes in UTF-8, so a row is 9 bytes; n rows are 9n + (n - 1) + 2 = 10n + 1.
    const rows = Array.from({ length: MEASURE_ROWS_PER_PIECE + 1 }, () => ["分", 1]);
    await expect(rowsJsonBytes(rows)).resolves.toBe(10 * (MEASURE_ROWS_PER_PIECE + 1) + 1);
  });

  test("a request of one piece or none is one measurement", async () => {
    // [] is 2 bytes; [["a",1],["a",1]] is 1 + 7 + 1 + 7 + 1 = 17.
    await expect(rowsJsonBytes([])).resolves.toBe(2);
    await expect(
      rowsJsonBytes([
        ["a", 1],
        ["a", 1],
      ]),
    ).resolves.toBe(17);
  });
});
