/**
 * =RFM.TABLE on R rfm's sample data (test/fixtures/rfm/README.md has the provenance). Expected values:
 * shared/data/README.md, section "R rfm package sample" (analysis date 2006-12-31); segment labels are R rfm's
 * segment rules applied by hand to the documented scores (see rfm-scores.test.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { rfmTable } from "../../functions/rfm-table";

/** Excel serial day of an ISO date: days since 1970-01-01 (UTC arithmetic) + 25569. */
function isoToSerial(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
}

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

const csv = readFileSync(join(__dirname, "../fixtures/rfm/rfm_data_orders.csv"), "utf8");
const rows = Papa.parse<{ customer_id: string; order_date: string; revenue: number }>(csv, {
  header: true,
  dynamicTyping: { revenue: true },
  skipEmptyLines: true,
}).data;
// Three columns as Excel passes A2:A4907, B2:B4907 (date cells arrive as serials), C2:C4907.
const memberIds = rows.map((row) => [row.customer_id]);
const orderDates = rows.map((row) => [isoToSerial(row.order_date)]);
const amounts = rows.map((row) => [row.revenue]);
const analysisDate = isoToSerial("2006-12-31");

function rowOf(table: unknown[][], member: string): unknown[] {
  const found = table.find((row) => row[0] === member);
  if (found === undefined) throw new Error(`no row for ${member}`);
  return found;
}

/** Members whose R, F and M scores are all 4 or 5 (the package's "Champions" figure) and their totals. */
function topScored(table: unknown[][]): [number, number, number] {
  const top = table
    .slice(1)
    .filter((row) => [row[4], row[5], row[6]].every((score) => (score as number) >= 4));
  return [
    top.length,
    top.reduce((sum, row) => sum + (row[2] as number), 0),
    top.reduce((sum, row) => sum + (row[3] as number), 0),
  ];
}

describe("=RFM.TABLE on R rfm's rfm_data_orders (as_of 2006-12-31)", () => {
  // One row is one order in this data set; count_by "rows" counts like R rfm's n().
  let table: unknown[][] = [];
  beforeAll(async () => {
    table = await rfmTable(memberIds, orderDates, amounts, analysisDate, "rows");
  });

  it("spills a header row and one row per member (995 customers) of eight columns", () => {
    expect(table).toHaveLength(996);
    expect(table[0]).toEqual([
      "Member",
      "Days since last order",
      "Orders",
      "Amount",
      "R score",
      "F score",
      "M score",
      "Segment",
    ]);
    expect(table.every((row) => row.length === 8)).toBe(true);
  });

  it.each([
    ["Abbey O'Reilly", 205, 6, 472, 3, 4, 3, "Potential Loyalist"],
    ["Add Senger", 140, 3, 340, 4, 1, 2, "New Customers"],
    ["Aden Lesch", 194, 4, 405, 3, 2, 3, "Loyal Customers"],
    ["Aden Murphy", 98, 7, 596, 5, 4, 4, "Potential Loyalist"],
    ["Admiral Senger", 132, 5, 448, 4, 3, 3, "Potential Loyalist"],
  ])("%s: %i days, %i orders, %i → %i-%i-%i, %s", (member, ...expected) => {
    expect(rowOf(table, member)).toEqual([member, ...expected]);
  });

  it("finds the package's 158 customers with R, F and M all in 4-5: 1,234 orders, 120,178 revenue", () => {
    expect(topScored(table)).toEqual([158, 1234, 120178]);
  });

  it('defaults as_of to the day after the latest order and count_by to "days" (distinct order days)', async () => {
    const byDefault = await rfmTable(memberIds, orderDates, amounts);
    expect(rowOf(byDefault, "Abbey O'Reilly")).toEqual(rowOf(table, "Abbey O'Reilly"));
    // 11 customers have two orders on one day; counting days moves one of them out of the 4-5 group. Cross-check
    // offline (python3, pandas 1.5.3): groupby(customer_id).order_date.nunique(), type-7 quantiles + 1 →
    // 157 customers, 1,226 orders, 119,412 revenue.
    expect(topScored(byDefault)).toEqual([157, 1226, 119412]);
  });

  it("keeps an #N/A in one member's amount to that member: the others are the table without its rows", async () => {
    const victim = "Abbey O'Reilly";
    const at = memberIds.findIndex(([id]) => id === victim);
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const broken = amounts.map((row, index) => (index === at ? [na] : row));
    const withError = await rfmTable(memberIds, orderDates, broken, analysisDate, "rows");
    const kept = memberIds.flatMap(([id], index) => (id === victim ? [] : [index]));
    const pick = (cells: unknown[][]) => kept.map((index) => cells[index] as unknown[]);
    const without = await rfmTable(pick(memberIds), pick(orderDates), pick(amounts), analysisDate, "rows");
    expect(withError.filter((row) => row[0] !== victim)).toEqual(without);
    // The member's row stays where the member first appears, with the message naming the cell.
    expect(withError.findIndex((row) => row[0] === victim)).toBe(table.findIndex((row) => row[0] === victim));
    expect(
      rowOf(withError, victim)
        .slice(1)
        .map((cell) => errorOf(cell).message),
    ).toEqual(Array(7).fill(`amounts (row ${at + 1}, column 1) is an error value (#N/A)`));
  });

  it("labels the header and segments in zh-TW", async () => {
    const zhTw = await rfmTable(memberIds, orderDates, amounts, analysisDate, "rows", "zh-TW");
    expect(zhTw[0]?.[0]).not.toBe("Member");
    expect(rowOf(zhTw, "Abbey O'Reilly")[7]).toBe("潛在忠誠客戶");
  });
});

describe("=RFM.TABLE on hand-made rows", () => {
  // a: orders on day 39000 and 39010 (15 in all); b: one order on 39005 (7). As of 39011: a 1 day, b 6 days.
  const ids = [["a"], ["a"], ["b"], [null], [""]];
  const dates = [[39000], [39010.75], [39005], [null], [0]];
  const money = [[10], [5], [7], [null], [""]];

  it("leaves fully blank rows out and ignores the time of day", async () => {
    const table = await rfmTable(ids, dates, money);
    expect(table.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["a", 1, 2, 15],
      ["b", 6, 1, 7],
    ]);
  });

  it("keeps a bad cell to its member's row: the id, then #VALUE! naming the cell; the others are computed", async () => {
    // a's second row has a text date, so none of a's rows counts; b: one order on 39005 (7), and the default
    // as_of is the day after the latest good order, 39006: b 1 day, 1 order, 7. One member scored among itself:
    // every edge is its own value + 1, so R = 5 (fewest days), F = M = 1: R5 F1 M1 is "New Customers".
    const withTextDate = await rfmTable(ids, [[39000], ["2006-12-31"], [39005], [null], [0]], money);
    const dateMessage =
      'order_dates (row 2, column 1) must be a date cell from 1900-01-01 to 9999-12-31 (got "2006-12-31")';
    expect(withTextDate).toHaveLength(3);
    expect(withTextDate[1]?.[0]).toBe("a");
    expect(withTextDate[1]?.slice(1).map(errorOf)).toEqual(
      Array(7).fill({ code: "#VALUE!", message: dateMessage }),
    );
    expect(withTextDate[2]).toEqual(["b", 1, 1, 7, 5, 1, 1, "New Customers"]);
    const withTextAmount = await rfmTable(ids, dates, [[1], ["ten"], [7], [1], [1]]);
    expect(withTextAmount[1]?.slice(1).map((cell) => errorOf(cell).message)).toEqual(
      Array(7).fill('amounts (row 2, column 1) must be a number (got "ten")'),
    );
    expect(withTextAmount[2]).toEqual(["b", 1, 1, 7, 5, 1, 1, "New Customers"]);
  });

  it("gives a bad member id a #VALUE! row of its own, and one #VALUE! when no good row is left", async () => {
    // a: one order on 39000 (1); the #N/A row's date 39001 does not count: as of 39001, a 1 day.
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const table = await rfmTable([["a"], [na]], [[39000], [39001]], [[1], [2]]);
    expect(table[1]).toEqual(["a", 1, 1, 1, 5, 1, 1, "New Customers"]);
    expect(table[2]?.map((cell) => errorOf(cell).message)).toEqual(
      Array(8).fill("member_ids (row 2, column 1) is an error value (#N/A)"),
    );
    const onlyBad = await rfmTable([["a"], ["a"]], [[39000], [na]], [[1], [2]]);
    expect(onlyBad.map((row) => row.map(errorOf))).toEqual([
      [{ code: "#VALUE!", message: "order_dates (row 2, column 1) is an error value (#N/A)" }],
    ]);
  });

  it("gives one #VALUE! with a message for bad arguments", async () => {
    const messageOf = (result: unknown[][]) => {
      expect(result).toHaveLength(1);
      expect(errorOf(result[0]?.[0]).code).toBe("#VALUE!");
      return errorOf(result[0]?.[0]).message;
    };
    expect(messageOf(await rfmTable(ids, dates.slice(0, 3), money))).toBe(
      "the three ranges must be the same size (got member_ids 5×1, order_dates 3×1, amounts 5×1)",
    );
    expect(messageOf(await rfmTable(ids, dates, money, 39009))).toBe(
      "RFM.TABLE: the as-of date 2006-10-19 is before the latest order 2006-10-20 (as_of)", // python: date(1899,12,30) + 39009 days
    );
    expect(messageOf(await rfmTable(ids, dates, money, "today"))).toBe('as_of must be a date (got "today")');
    expect(messageOf(await rfmTable(ids, dates, money, null, "orders"))).toBe(
      'count_by must be one of days, rows (got "orders")',
    );
    expect(messageOf(await rfmTable([[null]], [[null]], [[null]]))).toMatch(/^None of the 1 rows is usable/);
  });

  it("refuses a spill over 100,000 cells and points to the task pane and the command line", async () => {
    // 12,500 members → 12,501 rows × 8 columns = 100,008 cells.
    const many = Array.from({ length: 12_500 }, (_, index) => [`m${index}`]);
    const manyDates = many.map(() => [39000]);
    const manyAmounts = many.map(() => [1]);
    expect(errorOf((await rfmTable(many, manyDates, manyAmounts))[0]?.[0])).toEqual({
      code: "#VALUE!",
      message:
        "RFM.TABLE would spill 12501 rows × 8 columns (100008 cells, over 100000): use the task pane's Segment or the command line (commerce-analytics rfm)",
    });
    expect(await rfmTable(many.slice(1), manyDates.slice(1), manyAmounts.slice(1))).toHaveLength(12_500);
  });
});
