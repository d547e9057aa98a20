import type { QualityRule } from "./quality";
import type { Column, QualityIssue, Table } from "./types";

/**
 * The two input shapes of the member analyses (DESIGN §8): order lines (one row per order or order line, R rfm's
 * rfm_table_order) and a per-member table (one row per member with the order count, the total amount and the
 * last order date or recency days, R rfm's rfm_table_customer).
 */
export type InputShape = "orderLines" | "perMember";

/** What a table looks like to the member analyses. */
export interface InputShapeReading {
  /** "perMember" when every member id appears once and a column has the orderCount role. */
  readonly shape: InputShape;
  /** Every non-blank member id appears exactly once (and there are at least two members). */
  readonly oneRowPerMember: boolean;
  /** The name of the column with the orderCount role, or null. */
  readonly orderCountColumn: string | null;
}

/**
 * Detects the input shape from the member ids and the roles: per-member when every member appears once and an
 * order-count column exists; order lines otherwise (including a table where every member appears once and no
 * count column says so: the quality report then warns that frequency is 1 for everyone).
 *
 * Cost: O(rows).
 *
 * @example
 * import { tableFromGrid } from "./table-from-grid";
 * const table = tableFromGrid({ values: [["Member_Id", "Order_count"], ["A", 3], ["B", 1]] });
 * detectInputShape(table.columns) // { shape: "perMember", oneRowPerMember: true, orderCountColumn: "Order_count" }
 */
export function detectInputShape(columns: readonly Column[]): InputShapeReading {
  const members = columns.find((column) => column.role === "memberId");
  const count = columns.find((column) => column.role === "orderCount");
  const oneRowPerMember = members !== undefined && everyKeyOnce(members.values);
  return {
    shape: oneRowPerMember && count !== undefined ? "perMember" : "orderLines",
    oneRowPerMember,
    orderCountColumn: count?.name ?? null,
  };
}

/**
 * The shape findings of the data check (Intake), beside the table's own quality issues: perMemberTable (one row
 * per member, order counts from the order-count column; each member row counted, the examples cite the
 * counts) or oneRowPerMember (every member appears once, no column holds order counts, and the table has order
 * or last-order dates: as order lines, frequency would be 1 for everyone; the examples cite the member ids).
 *
 * Cost: O(rows).
 *
 * @example
 * import { tableFromGrid } from "./table-from-grid";
 * const table = tableFromGrid({ values: [["Member_Id", "last_order"], ["A", 20210315], ["B", 20210401]] });
 * inputShapeIssues(table)[0]?.rule // "oneRowPerMember"
 */
export function inputShapeIssues(table: Table): QualityIssue[] {
  const { columns, sourceRowNumbers } = table;
  const reading = detectInputShape(columns);
  if (!reading.oneRowPerMember) return [];
  const count = columns.find((column) => column.role === "orderCount");
  const dated = columns.some((column) => column.role === "orderDate" || column.role === "lastOrderDate");
  const cited = count ?? (dated ? columns.find((column) => column.role === "memberId") : undefined);
  if (cited === undefined) return [];
  const cells = cited.values.flatMap((value, row) =>
    value === null
      ? []
      : [{ row: sourceRowNumbers[row] ?? row + 1, column: cited.name, value: String(value) }],
  );
  const rule: QualityRule = count === undefined ? "oneRowPerMember" : "perMemberTable";
  return [{ rule, count: cells.length, examples: cells.slice(0, MAX_SHAPE_EXAMPLES) }];
}

const MAX_SHAPE_EXAMPLES = 5;

function everyKeyOnce(values: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const value of values) {
    if (value === null || value === "") continue;
    const key = String(value);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return seen.size >= 2;
}
