import type { IntakeColumn } from "../../../src/analysis/intake";
import type { ColumnRole } from "../../../src/table/types";

/** Roles that identify or measure an order line: not something to break members down by. */
const NOT_DESCRIPTIVE: ReadonlySet<ColumnRole> = new Set(["memberId", "orderId", "orderDate", "amount"]);

/** Roles broken down by default: who the member is (the customer-report template's profile). */
const DEFAULT_ROLES: ReadonlySet<ColumnRole> = new Set([
  "region",
  "gender",
  "birthday",
  "age",
  "membershipLevel",
]);

/**
 * The columns a profile can break members down by: every column but the member, order, date and amount ones.
 *
 * @example profileCandidates([{ name: "ID", role: "memberId", type: "text" }, { name: "City", role: null, type: "text" }]) // ["City"]
 */
export function profileCandidates(columns: readonly IntakeColumn[]): string[] {
  return columns
    .filter((column) => column.role === null || !NOT_DESCRIPTIVE.has(column.role))
    .map((column) => column.name);
}

/**
 * The columns ticked until the user chooses: region, gender, birthday or age and membership level.
 *
 * @example defaultProfileColumns([{ name: "Gender", role: "gender", type: "text" }, { name: "Channel", role: "channel", type: "text" }]) // ["Gender"]
 */
export function defaultProfileColumns(columns: readonly IntakeColumn[]): string[] {
  return columns
    .filter((column) => column.role !== null && DEFAULT_ROLES.has(column.role))
    .map((column) => column.name);
}

/**
 * Whether the chosen columns include ages (a birthday or an age column), and birthdays (which need an as-of
 * date), so the pane shows those settings only then.
 *
 * @example ageKinds([{ name: "Birthday", role: "birthday", type: "date" }], ["Birthday"]) // { ages: true, birthdays: true }
 */
export function ageKinds(
  columns: readonly IntakeColumn[],
  chosen: readonly string[],
): { readonly ages: boolean; readonly birthdays: boolean } {
  const roles = columns.filter((column) => chosen.includes(column.name)).map((column) => column.role);
  const birthdays = roles.includes("birthday");
  return { ages: birthdays || roles.includes("age"), birthdays };
}

/**
 * The age bands in words from their lower edges: "18-24, 25-34, 55+".
 *
 * @example bandsText([18, 25, 35, 45, 55]) // "18-24, 25-34, 35-44, 45-54, 55+"
 */
export function bandsText(edges: readonly number[]): string {
  return edges
    .map((edge, index) => {
      const next = edges[index + 1];
      return next === undefined ? `${edge}+` : `${edge}-${next - 1}`;
    })
    .join(", ");
}
