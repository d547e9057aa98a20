import type { InputShapeSetting } from "../src/analysis/input-shapes";
import { CliError } from "./cli-error";
import type { CliOptions } from "./command";

/** --shape auto|orders|members, for the commands that take a per-member table (segment, rfm, clv). */
export const SHAPE_OPTIONS: CliOptions = {
  shape: {
    type: "string",
    valueName: "auto|orders|members",
    description:
      "orders = one row per order line; members = one row per member (order count, total, last order date or recency); auto (default) = members when every member appears once and a column holds order counts",
  },
};

/** The use case's shape setting from --shape (absent = auto). @throws CliError for another value */
export function shapeSetting(value: unknown): { readonly shape?: InputShapeSetting } {
  if (value === undefined) return {};
  if (value === "auto" || value === "orders" || value === "members") return { shape: value };
  throw new CliError(`--shape must be auto, orders or members (got "${String(value)}")`);
}

/** The help lines on per-member input, shared by the commands that take it. */
export const PER_MEMBER_HELP = [
  "One row per member (R rfm's rfm_table_customer): when every member appears once and a column holds order",
  "counts (Order_count, Orders, Frequency, or the Chinese headers; or --orders COL), F = that count, M = the total (--total COL, else the",
  "amount column), R = days from the last order date (--last-order COL, YYYYMMDD integers read as dates) to",
  "--as-of, or the recency days as given (--recency COL). --shape orders|members overrides the detection.",
];
