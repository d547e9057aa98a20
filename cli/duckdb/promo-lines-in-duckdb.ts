import type { LineRollup, LineRollupResult } from "../../src/promo/line-rollup";
import type { LineColumns } from "../../src/promo/tables";
import { requiredColumn, tableReference, type SqlSource } from "../../src/sql/source";
import { productKeyColumn, promoProductCtes } from "../../src/sql/promo-product-ctes";
import { composeStatement } from "../../src/sql/statement";
import type { DuckDbSession } from "./duckdb-session";

/** The promotion lines' roll-up computed by DuckDB, with the lines read. */
export interface DuckDbLineRollup {
  readonly rollup: LineRollupResult;
  readonly lineColumns: LineColumns;
  readonly readRowCount: number;
}

const FOR_WHAT = "promo (lines)";

/**
 * The core's rollupLines computed in DuckDB: per product key the promotion SQL's line_totals (`sql --analysis
 * promo-products`: line count, Σ units, amount, returns, unit prices and their count), the distinct buyer and
 * order keys of each product (the KPI pack counts distinct buyers over all products, so the keys themselves
 * are needed, not their count), and the lines without a product key and the blank units and amounts that the
 * core reports as data quality. Products come ordered by key (the core keeps first-seen order).
 */
export async function promoLinesInDuckDb(
  session: DuckDbSession,
  source: SqlSource,
): Promise<DuckDbLineRollup> {
  const ctes = promoProductCtes("duckdb", { lines: source }).slice(0, 2); // keyed_lines, line_totals
  const query = (notes: string, select: string) =>
    session.queryColumns(composeStatement("duckdb", [notes], ctes, select));
  const totals = await query(
    "Each product's line totals.",
    "SELECT product_key, line_count, units, amount, return_units, return_amount, unit_price_sum, unit_price_count\nFROM line_totals\nORDER BY product_key",
  );
  const lineColumns: LineColumns = {
    unitPrices: source.columns.unitPrice !== undefined,
    returns: source.columns.returnQuantity !== undefined || source.columns.returnAmount !== undefined,
    buyers: source.columns.memberId !== undefined,
    orders: source.columns.orderId !== undefined,
  };
  const keysOf = async (column: "buyer_key" | "order_key", present: boolean) => {
    const byProduct = new Map<string, string[]>();
    if (!present) return byProduct;
    const { values } = await query(
      `Each product's distinct ${column === "buyer_key" ? "buyers" : "orders"}.`,
      `SELECT DISTINCT product_key, ${column}\nFROM keyed_lines\nWHERE ${column} IS NOT NULL\nORDER BY product_key, ${column}`,
    );
    const [products = [], keys = []] = values;
    products.forEach((product, row) => {
      const list = byProduct.get(String(product)) ?? [];
      list.push(String(keys[row]));
      byProduct.set(String(product), list);
    });
    return byProduct;
  };
  const buyers = await keysOf("buyer_key", lineColumns.buyers);
  const orders = await keysOf("order_key", lineColumns.orders);
  const [keys = [], ...sums] = totals.values;
  const products: LineRollup[] = keys.map((key, row) => {
    const [lineCount, units, amount, returnUnits, returnAmount, unitPriceSum, unitPriceCount] = sums.map(
      (column) => Number(column[row] ?? 0),
    ) as [number, number, number, number, number, number, number];
    const productKey = String(key);
    return {
      productKey,
      lineCount,
      units,
      amount,
      returnUnits,
      returnAmount,
      unitPriceSum,
      unitPriceCount,
      buyerKeys: buyers.get(productKey) ?? [],
      orderKeys: orders.get(productKey) ?? [],
    };
  });
  const issues = await lineIssues(session, source);
  return { rollup: { products, issues: issues.issues }, lineColumns, readRowCount: issues.readRowCount };
}

/** The rows read, the lines without a product key (with their units and amount), and blank units and amounts. */
async function lineIssues(session: DuckDbSession, source: SqlSource) {
  const units = requiredColumn("duckdb", source, "quantity", FOR_WHAT);
  const amount = requiredColumn("duckdb", source, "amount", FOR_WHAT);
  const sql = composeStatement(
    "duckdb",
    ["Lines read, lines without a product key, blank units and amounts."],
    [
      {
        name: "line_cells",
        body: `SELECT ${productKeyColumn("duckdb", source, FOR_WHAT)} AS product_key, ${units} AS units, ${amount} AS amount\nFROM ${tableReference("duckdb", source)}`,
      },
    ],
    [
      "SELECT COUNT(*),",
      "  COUNT(*) FILTER (WHERE product_key IS NULL),",
      "  COALESCE(SUM(units) FILTER (WHERE product_key IS NULL), 0),",
      "  COALESCE(SUM(amount) FILTER (WHERE product_key IS NULL), 0),",
      "  COUNT(*) FILTER (WHERE units IS NULL),",
      "  COUNT(*) FILTER (WHERE amount IS NULL)",
      "FROM line_cells",
    ].join("\n"),
  );
  const [read, unkeyed, unkeyedUnits, unkeyedAmount, blankUnits, blankAmount] = (
    (await session.query(sql)).rows[0] ?? []
  ).map(Number);
  return {
    readRowCount: read ?? 0,
    issues: {
      unkeyedLineCount: unkeyed ?? 0,
      unkeyedUnits: unkeyedUnits ?? 0,
      unkeyedAmount: unkeyedAmount ?? 0,
      blankUnitsCount: blankUnits ?? 0,
      blankAmountCount: blankAmount ?? 0,
    },
  };
}
