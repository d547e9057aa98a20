import { CoreError } from "../errors";
import { detectInputShape, type InputShape } from "../table/input-shape";
import type { Table } from "../table/types";

/** The user's choice of input shape: detected ("auto"), or forced to order lines or to one row per member. */
export type InputShapeSetting = "auto" | "orders" | "members";

/** The member analyses that read member ids, by the name the doors and messages use. */
export type MemberAnalysisName =
  | "segment"
  | "rfm"
  | "clv"
  | "bgnbd"
  | "cycle"
  | "sensitivity"
  | "timing"
  | "cohorts"
  | "pareto"
  | "channel"
  | "churn"
  | "profile";

/**
 * The input shapes each member analysis accepts. R/F/M, Segment and the simple CLV take a per-member table (as
 * R rfm's rfm_table_customer); the others need each member's orders (dates between orders, coupons, hours,
 * first-order months, channels, repeat purchases, BG/NBD's purchase history), which one row per member does
 * not hold. Pareto sums amounts per member, which a per-member table has already done: it reads the total
 * amount there (memberTotalRole).
 */
export const ACCEPTED_SHAPES: Readonly<Record<MemberAnalysisName, readonly InputShape[]>> = {
  segment: ["orderLines", "perMember"],
  rfm: ["orderLines", "perMember"],
  clv: ["orderLines", "perMember"],
  bgnbd: ["orderLines"],
  cycle: ["orderLines"],
  sensitivity: ["orderLines"],
  timing: ["orderLines"],
  cohorts: ["orderLines"],
  pareto: ["orderLines", "perMember"],
  channel: ["orderLines"],
  churn: ["orderLines"],
  profile: ["orderLines"],
};

/**
 * The shape a member analysis reads the table as: the user's forced shape, else the detected one
 * (detectInputShape: every member once and an order-count column → one row per member).
 *
 * Cost: O(rows).
 *
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Member_Id", "Order_count"], ["A", 3], ["B", 1]] });
 * tableShape(table) // "perMember"
 * tableShape(table, "orders") // "orderLines"
 */
export function tableShape(table: Pick<Table, "columns">, setting: InputShapeSetting = "auto"): InputShape {
  if (setting === "orders") return "orderLines";
  if (setting === "members") return "perMember";
  return detectInputShape(table.columns).shape;
}

/**
 * The table's shape, when `analysis` accepts it (ACCEPTED_SHAPES).
 *
 * Cost: O(rows).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (details: argument = the analysis, value = the table's shape,
 *   column = the order-count column when there is one)
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Member_Id", "Order_count"], ["A", 3], ["B", 1]] });
 * requireAcceptedShape(table, "rfm") // "perMember"
 * requireAcceptedShape(table, "cycle") // throws CoreError INPUT_SHAPE_NOT_ACCEPTED
 */
export function requireAcceptedShape(
  table: Pick<Table, "columns">,
  analysis: MemberAnalysisName,
  setting: InputShapeSetting = "auto",
): InputShape {
  const shape = tableShape(table, setting);
  if (ACCEPTED_SHAPES[analysis].includes(shape)) return shape;
  const countColumn = detectInputShape(table.columns).orderCountColumn;
  throw new CoreError(
    "INPUT_SHAPE_NOT_ACCEPTED",
    shape === "perMember"
      ? `One row per order line is needed (order dates per member); this table has one row per member${countColumn === null ? "" : ` (order counts in "${countColumn}")`}`
      : "One row per member is needed; this table has order lines",
    { argument: analysis, value: shape, ...(countColumn === null ? {} : { column: countColumn }) },
  );
}
