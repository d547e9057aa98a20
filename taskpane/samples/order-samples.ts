/**
 * Order exports: an English order-line export (the Data check and Segment tabs' sample), a Traditional Chinese
 * member order export and a Simplified Chinese flash-sale product export. Generated from fixed seeds.
 */
import { seededRandom } from "./seeded-random";
import { sampleFormats as formats, type SampleSheet } from "./sample-sheet";

const firstSerial = 44927; // 2023-01-01
const daySpan = 365;

function orderLines(seed: number, members: number, orders: number) {
  const random = seededRandom(seed);
  const lines: {
    member: number;
    order: number;
    day: number;
    amount: number;
    quantity: number;
    discount: number;
  }[] = [];
  for (let order = 1; order <= orders; order++) {
    // A few heavy buyers and many occasional ones, as in real exports.
    const member = 1 + Math.floor(members * Math.pow(random(), 1.8));
    const day = firstSerial + Math.floor(random() * daySpan);
    const lineCount = 1 + Math.floor(random() * 3);
    for (let line = 0; line < lineCount; line++) {
      const quantity = 1 + Math.floor(random() * 3);
      const discount = random() < 0.3 ? 0.1 * (1 + Math.floor(random() * 3)) : 0;
      const amount = Math.round(quantity * (80 + random() * 900) * (1 - discount));
      lines.push({ member, order, day, amount, quantity, discount });
    }
  }
  return lines;
}

const categories = ["Apparel", "Shoes", "Beauty", "Home", "Snacks"];
/** Sales channels of the order samples. */
export const channels = ["App", "Web", "Store"];

export function englishOrders(): SampleSheet {
  const random = seededRandom(7);
  const header = [
    "Customer ID",
    "Order ID",
    "Order Date",
    "Sales",
    "Quantity",
    "Discount",
    "Category",
    "Channel",
  ];
  const lines = orderLines(11, 120, 420);
  const rows = lines.map((line) => [
    `C${String(line.member).padStart(4, "0")}`,
    `SO-${String(line.order).padStart(5, "0")}`,
    line.day,
    line.amount,
    line.quantity,
    line.discount,
    categories[Math.floor(random() * categories.length)] ?? "Apparel",
    channels[Math.floor(random() * channels.length)] ?? "App",
  ]);
  return {
    name: "Orders",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, ["@", "@", "yyyy-mm-dd", "#,##0", "0", "0%", "@", "@"]),
  };
}

export function chineseMemberOrders(): SampleSheet {
  const header = ["會員編號", "訂單編號", "訂單日期", "金額", "數量"];
  const lines = orderLines(23, 80, 260);
  const rows = lines.map((line) => [
    `M${String(line.member).padStart(5, "0")}`,
    `T${String(line.order).padStart(6, "0")}`,
    line.day,
    line.amount * 30,
    line.quantity,
  ]);
  return {
    name: "會員訂單",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, ["@", "@", "yyyy/m/d", "#,##0", "0"]),
  };
}

export function chineseProducts(): SampleSheet {
  const random = seededRandom(31);
  const header = [
    "商品ID",
    "商品名",
    "吊牌价",
    "销售价",
    "库存量",
    "UV数",
    "收藏数",
    "加购物车数",
    "销量",
    "销售额",
  ];
  const rows: (string | number)[][] = [];
  for (let index = 1; index <= 40; index++) {
    const tagPrice = Math.round(99 + random() * 900);
    const salePrice = Math.round(tagPrice * (0.3 + random() * 0.6));
    const uv = Math.round(500 + random() * 20000);
    const units = Math.round(uv * random() * 0.03);
    rows.push([
      `P${String(index).padStart(3, "0")}`,
      `商品${index}`,
      tagPrice,
      salePrice,
      Math.round(50 + random() * 800),
      uv,
      Math.round(uv * random() * 0.05),
      Math.round(uv * random() * 0.08),
      units,
      units * salePrice,
    ]);
  }
  return {
    name: "商品数据",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, ["@", "@", "0", "0", "0", "0", "0", "0", "0", "#,##0"]),
  };
}
