import type { AnalysisContext } from "../../../src/analysis/context";
import type { RunRecord } from "../../../src/report/types";
import { fixtureTable } from "../../support/csv-table";

/*
 * The member use cases on test/fixtures/member-cli/orders.csv, the fixture whose numbers are worked out by hand
 * in test/cli/member-commands.test.ts (five members A–E, twelve orders, one line without a member id):
 *
 *   member  orders (lines)                      purchase days             coupon used  revenue
 *   A       O1 (2 lines), O2, O3                01-04, 01-11, 02-01       O1, O3       320
 *   B       O4, O5                              01-06, 01-20              O5           120
 *   C       O6, O7, O8                          02-03, 03-03 (O7, O8)     none         290
 *   D       O9                                  02-14                     O9           30
 *   E       O10, O11, O13                       03-01, 03-06 (O11, O13)   O11          30
 */
export const ORDERS_CSV = "test/fixtures/member-cli/orders.csv";
export const ONE_PURCHASE_DAY_CSV = "test/fixtures/member-cli/one-purchase-day.csv";

export const ordersTable = () => fixtureTable(ORDERS_CSV);

export const DOOR_RECORD: RunRecord = {
  inputAddress: "orders.csv",
  rowCount: 0,
  parameters: { member: "Member ID" },
  engineVersion: "test",
  timestampIso: "2026-12-05T00:00:00.000Z",
};

export const CONTEXT: AnalysisContext = { locale: "en", runRecord: DOOR_RECORD };
