import { roleDisplayName } from "../src/i18n/role-name";
import type { ColumnRole } from "../src/table/types";
import type { CliOption, CliOptions } from "./command";

/**
 * Flag name → the column role it sets. Shared by every command that reads a table. The discount column is
 * --discount-column, so that --discount stays free for a rate (clv --discount RATE).
 */
export const COLUMN_FLAGS: Readonly<Record<string, ColumnRole>> = {
  member: "memberId",
  order: "orderId",
  date: "orderDate",
  amount: "amount",
  quantity: "quantity",
  "unit-price": "unitPrice",
  "tag-price": "tagPrice",
  "sale-price": "salePrice",
  stock: "stock",
  uv: "uv",
  favourites: "favourites",
  "add-to-cart": "addToCart",
  "product-name": "productName",
  product: "productId",
  sku: "sku",
  "sku-count": "skuCount",
  category: "category",
  "discount-column": "discount",
  coupon: "couponAmount",
  "registration-date": "registrationDate",
  channel: "channel",
  status: "status",
  "return-quantity": "returnQuantity",
  "return-amount": "returnAmount",
  region: "region",
  gender: "gender",
  birthday: "birthday",
  age: "age",
  level: "membershipLevel",
  orders: "orderCount",
  total: "totalAmount",
  "last-order": "lastOrderDate",
  recency: "recencyDays",
};

/** --member COL, --order COL, … : a column name (or header) that overrides the recognised role. */
export const COLUMN_OPTIONS: CliOptions = Object.fromEntries(
  Object.entries(COLUMN_FLAGS).map(([flag, role]): [string, CliOption] => [
    flag,
    { type: "string", valueName: "COL", description: `column holding the ${roleDisplayName("en", role)}` },
  ]),
);

/** The role overrides given on the command line, for tableFromGrid's `roles` option. */
export function roleOverridesFromFlags(
  values: Readonly<Record<string, unknown>>,
): Partial<Record<ColumnRole, string>> {
  const roles: Partial<Record<ColumnRole, string>> = {};
  for (const [flag, role] of Object.entries(COLUMN_FLAGS)) {
    const column = values[flag];
    if (typeof column === "string") roles[role] = column;
  }
  return roles;
}
