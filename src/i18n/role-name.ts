import { COLUMN_ROLES } from "../table/roles";
import { tableText } from "./messages/table";
import type { Locale } from "./locale";

/**
 * A column role's name in the user's language, as the Intake sheet and the role dropdowns show it ("Order
 * date" / "訂單日期" / "订单日期"); text that is no role comes back as given. Messages name roles this way,
 * never by their key (orderDate).
 *
 * Cost: O(roles).
 *
 * @example roleDisplayName("zh-TW", "orderDate") // "訂單日期"
 * @example roleDisplayName("en", "orderCount") // "Order count"
 */
export function roleDisplayName(locale: Locale, role: string): string {
  const known = COLUMN_ROLES.find((candidate) => candidate === role);
  return known === undefined ? role : tableText(locale, `role.${known}`);
}
