import type { ColumnRole, ColumnType } from "./types";

/** The value type each role needs; a column with a role is read as this type (the user's types still win). */
export const ROLE_TYPES: Readonly<Record<ColumnRole, ColumnType>> = {
  memberId: "text",
  orderId: "text",
  orderDate: "date",
  amount: "number",
  quantity: "number",
  unitPrice: "number",
  tagPrice: "number",
  salePrice: "number",
  stock: "number",
  uv: "number",
  favourites: "number",
  addToCart: "number",
  productName: "text",
  productId: "text",
  sku: "text",
  skuCount: "number",
  category: "text",
  discount: "number",
  couponAmount: "number",
  registrationDate: "date",
  channel: "text",
  status: "text",
  returnQuantity: "number",
  returnAmount: "number",
  region: "text",
  gender: "text",
  birthday: "date",
  age: "number",
  membershipLevel: "text",
  orderCount: "number",
  totalAmount: "number",
  lastOrderDate: "date",
  recencyDays: "number",
};

/** Roles that identify a row's member, order or product: a blank one is the blankKey issue. */
export const KEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["memberId", "orderId", "productId"]);

/** Money, counts of goods and stock: a value below zero is the negativeAmount issue. */
export const NON_NEGATIVE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "amount",
  "quantity",
  "unitPrice",
  "tagPrice",
  "salePrice",
  "stock",
  "skuCount",
  "couponAmount",
  "orderCount",
  "totalAmount",
  "recencyDays",
]);
