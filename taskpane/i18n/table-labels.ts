import type { Locale } from "../../src/i18n/locale";
import type { ColumnRole, ColumnType } from "../../src/table/types";
import { qualityRuleName } from "./quality-rule-names";

type RoleNames = Readonly<Record<ColumnRole, string>>;

const roleNames: Readonly<Record<Locale, RoleNames>> = {
  en: {
    memberId: "Member ID",
    orderId: "Order ID",
    orderDate: "Order date",
    amount: "Amount",
    quantity: "Quantity",
    unitPrice: "Unit price",
    tagPrice: "Tag price",
    salePrice: "Sale price",
    stock: "Stock",
    uv: "UV (visitors)",
    favourites: "Favourites",
    addToCart: "Add-to-cart",
    productName: "Product name",
    productId: "Product ID",
    sku: "SKU",
    category: "Category",
    discount: "Discount",
    couponAmount: "Coupon amount",
    registrationDate: "Registration date",
    channel: "Channel",
    status: "Status",
    returnQuantity: "Return quantity",
    returnAmount: "Return amount",
  },
  "zh-TW": {
    memberId: "會員編號",
    orderId: "訂單編號",
    orderDate: "訂單日期",
    amount: "金額",
    quantity: "數量",
    unitPrice: "單價",
    tagPrice: "吊牌價",
    salePrice: "售價",
    stock: "庫存量",
    uv: "UV 數(訪客)",
    favourites: "收藏數",
    addToCart: "加購物車數",
    productName: "商品名稱",
    productId: "商品編號",
    sku: "SKU",
    category: "類別",
    discount: "折扣",
    couponAmount: "優惠券金額",
    registrationDate: "註冊日期",
    channel: "通路",
    status: "狀態",
    returnQuantity: "退貨數量",
    returnAmount: "退貨金額",
  },
  "zh-CN": {
    memberId: "会员编号",
    orderId: "订单编号",
    orderDate: "订单日期",
    amount: "金额",
    quantity: "数量",
    unitPrice: "单价",
    tagPrice: "吊牌价",
    salePrice: "售价",
    stock: "库存量",
    uv: "UV 数(访客)",
    favourites: "收藏数",
    addToCart: "加购物车数",
    productName: "商品名称",
    productId: "商品编号",
    sku: "SKU",
    category: "类目",
    discount: "折扣",
    couponAmount: "优惠券金额",
    registrationDate: "注册日期",
    channel: "渠道",
    status: "状态",
    returnQuantity: "退货数量",
    returnAmount: "退货金额",
  },
};

const typeNames: Readonly<Record<Locale, Readonly<Record<ColumnType, string>>>> = {
  en: { number: "Number", date: "Date", text: "Text", boolean: "True/false" },
  "zh-TW": { number: "數值", date: "日期", text: "文字", boolean: "是/否" },
  "zh-CN": { number: "数值", date: "日期", text: "文本", boolean: "是/否" },
};

export function roleOptions(locale: Locale): { value: ColumnRole; label: string }[] {
  return (Object.keys(roleNames.en) as ColumnRole[]).map((role) => ({
    value: role,
    label: roleNames[locale][role],
  }));
}

export function typeLabel(locale: Locale, type: ColumnType): string {
  return typeNames[locale][type];
}

export function qualityRuleLabel(locale: Locale, rule: string): string {
  return qualityRuleName(locale, rule);
}
