import type { ColumnRole } from "../../src/table/types";
import type { FeatureId } from "./registry";

/**
 * The columns each tab cannot run without, from its use case's required roles: Segment's order lines
 * (src/analysis/segment.ts, segmentOrderLines), Promotion's transaction lines (src/promo/from-table.ts,
 * linesFromTable: a product id or name, quantity, amount), and what most Members analyses share
 * (features/members/availability.ts). Data check needs none.
 */
export const NEEDED_ROLES: Readonly<Record<FeatureId, readonly ColumnRole[]>> = {
  intake: [],
  segment: ["memberId", "orderDate", "amount"],
  promotion: ["productId", "quantity", "amount"],
  members: ["memberId", "orderDate", "amount"],
};

/** Whether the input covers a needed role: a product name stands in for a product id (linesFromTable). */
export function coversRole(present: ReadonlySet<ColumnRole>, role: ColumnRole): boolean {
  return present.has(role) || (role === "productId" && present.has("productName"));
}
