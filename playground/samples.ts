/**
 * Sample exports preloaded into the playground's workbook: an English order-line export, a Traditional
 * Chinese member order export, and a Simplified Chinese flash-sale product export. Generated from a fixed
 * seed so every visitor (and the browser test) sees the same numbers.
 */

export interface SampleSheet {
  readonly name: string;
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
}

/** Mulberry32: a tiny seeded generator, enough for sample data (not used by the analytics). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const firstSerial = 44927; // 2023-01-01
const daySpan = 365;

function formats(header: readonly string[], rows: number, columnFormats: readonly string[]): string[][] {
  return [header.map(() => "General"), ...Array.from({ length: rows }, () => [...columnFormats])];
}

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
const channels = ["App", "Web", "Store"];

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

export const samples: readonly (() => SampleSheet)[] = [
  englishOrders,
  chineseMemberOrders,
  chineseProducts,
  promotionLines,
  promotionProducts,
  promotionTraffic,
  memberBehaviour,
];

// The promotion study's three exports (Simplified Chinese): two years of transaction lines with returns, the
// product table (tag price, sale price, stock, category) and the traffic table (UV, favourites, add-to-cart).
// Products P031–P032 are listed but never sold, and P099 is sold but missing from both tables, so the data-
// quality lines of the join have something to show.

const promotionProductCount = 32;
const promotionCategories = ["连衣裙", "T恤", "裤装", "外套", "配饰"];

function promotionCatalogue() {
  const random = seededRandom(41);
  return Array.from({ length: promotionProductCount }, (_unused, index) => {
    const tagPrice = 10 * Math.round(13 + random() * 87);
    const discount = 0.35 + 0.6 * random();
    const uv = Math.round(300 + random() * 5700);
    return {
      id: `P${String(index + 1).padStart(3, "0")}`,
      category: promotionCategories[index % promotionCategories.length] ?? "配饰",
      tagPrice,
      salePrice: Math.round(tagPrice * discount),
      stock: Math.round(15 + random() * 75),
      uv,
      favourites: Math.round(uv * (0.02 + random() * 0.06)),
      addToCart: Math.round(uv * (0.03 + random() * 0.07)),
      popularity: 0.3 + random(),
    };
  });
}

export function promotionLines(): SampleSheet {
  const random = seededRandom(43);
  const catalogue = promotionCatalogue().slice(0, promotionProductCount - 2);
  const totalPopularity = catalogue.reduce((sum, product) => sum + product.popularity, 0);
  const pick = () => {
    let left = random() * totalPopularity;
    for (const product of catalogue) {
      left -= product.popularity;
      if (left <= 0) return product;
    }
    return catalogue[catalogue.length - 1] ?? { id: "P001", salePrice: 100 };
  };
  const header = ["订单编号", "会员编号", "商品ID", "订单日期", "数量", "金额", "退货数量", "退货金额"];
  const rows: (string | number)[][] = [];
  const firstDay = 44562; // 2022-01-01
  for (let order = 1; order <= 460; order++) {
    // Two years, the second busier (55 % of the orders fall in 2023).
    const day = firstDay + (random() < 0.45 ? 0 : 365) + Math.floor(random() * 365);
    const member = `M${String(1 + Math.floor(300 * Math.pow(random(), 1.6))).padStart(4, "0")}`;
    const first = order % 97 === 0 ? { id: "P099", salePrice: 199 } : pick();
    const second = random() < 0.4 ? pick() : first;
    for (const product of second.id === first.id ? [first] : [first, second]) {
      const quantity = 1 + Math.floor(random() * 3);
      const returned = random() < 0.06 ? 1 : 0;
      rows.push([
        `SO${String(order).padStart(6, "0")}`,
        member,
        product.id,
        day,
        quantity,
        quantity * product.salePrice,
        returned,
        returned * product.salePrice,
      ]);
    }
  }
  return {
    name: "促销明细",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, ["@", "@", "@", "yyyy-mm-dd", "0", "#,##0", "0", "#,##0"]),
  };
}

export function promotionProducts(): SampleSheet {
  const header = ["商品ID", "商品名", "类目", "吊牌价", "销售价", "库存量"];
  const rows = promotionCatalogue().map((product, index) => [
    product.id,
    `${product.category}${index + 1}号`,
    product.category,
    product.tagPrice,
    product.salePrice,
    product.stock,
  ]);
  return {
    name: "商品信息",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, ["@", "@", "@", "0", "0", "0"]),
  };
}

export function promotionTraffic(): SampleSheet {
  const header = ["商品ID", "UV数", "收藏数", "加购物车数"];
  const rows = promotionCatalogue().map((product) => [
    product.id,
    product.uv,
    product.favourites,
    product.addToCart,
  ]);
  return {
    name: "流量数据",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, ["@", "0", "0", "0"]),
  };
}

// Member behaviour (English headers): a year of order lines with the time of day, coupon amounts, unit prices,
// categories, channels and registration dates, from members who buy at their own rate and drop out at their
// own risk (the BG/NBD story), so every analysis of the Members tab has something to show. Each member also
// has a region, a gender and a birthday (for the Profile), drawn from a generator of their own so the order
// lines stay as they were; some are blank, as in real exports (Unknown in the Profile).

const memberRegions = ["North", "North", "North", "Central", "Central", "South", "East"];

/** A member's region, gender and birthday ("" = blank), from the attribute generator. */
function memberAttributes(random: () => number): [string, string, number | string] {
  const region = random() < 0.05 ? "" : (memberRegions[Math.floor(random() * memberRegions.length)] ?? "");
  const genderDraw = random();
  const gender = genderDraw < 0.55 ? "F" : genderDraw < 0.92 ? "M" : "";
  // Ages 18-70 on 2025-01-01, younger members more likely; one in ten leaves the birthday blank.
  const age = 18 + Math.floor(52 * Math.pow(random(), 1.6));
  const birthday = random() < 0.1 ? "" : 45658 - age * 365 - Math.floor(random() * 365);
  return [region, gender, birthday];
}

const memberCategoryPrices: readonly (readonly [string, number])[] = [
  ["Apparel", 690],
  ["Shoes", 1290],
  ["Beauty", 450],
  ["Home", 820],
  ["Snacks", 120],
];
/** Relative order counts per hour of day: a lunch bump and an evening peak. */
const memberHourWeights = [2, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 9, 8, 5, 4, 4, 5, 7, 9, 11, 12, 9, 4];

function pickWeighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let left = random() * total;
  for (const [index, weight] of weights.entries()) {
    left -= weight;
    if (left < 0) return index;
  }
  return weights.length - 1;
}

export function memberBehaviour(): SampleSheet {
  const random = seededRandom(53);
  const header = [
    "Member ID",
    "Order ID",
    "Order Time",
    "Amount",
    "Unit Price",
    "Coupon",
    "Category",
    "Channel",
    "Registration Date",
    "Region",
    "Gender",
    "Birthday",
  ];
  const attributesRandom = seededRandom(71);
  const firstDay = 45292; // 2024-01-01
  const lastDay = firstDay + 365;
  const rows: (string | number)[][] = [];
  let orderNumber = 0;
  for (let member = 1; member <= 160; member++) {
    const registration = firstDay - 200 + Math.floor(random() * 480);
    const ordersPerDay = (0.3 + 2.5 * random() * random()) / 30;
    const dropout = 0.05 + 0.4 * random();
    const couponAffinity = Math.pow(random(), 1.5);
    const preferredChannel = channels[Math.floor(random() * channels.length)] ?? "App";
    // Members differ in how much they spend per order (Gamma-Gamma's heterogeneity), not only in how often.
    const spendLevel = 0.4 + 2 * random() * random();
    const attributes = memberAttributes(attributesRandom);
    let day = Math.max(registration, firstDay) + Math.floor(random() * 60);
    while (day < lastDay) {
      orderNumber++;
      const time = (pickWeighted(random, memberHourWeights) * 60 + Math.floor(random() * 60)) / 1440;
      const coupon = random() < couponAffinity * 0.6 ? (random() < 0.5 ? 50 : 100) : 0;
      const channel =
        random() < 0.75 ? preferredChannel : (channels[Math.floor(random() * channels.length)] ?? "Web");
      const lineCount = random() < 0.35 ? 2 : 1;
      for (let line = 0; line < lineCount; line++) {
        const [category, listPrice] = memberCategoryPrices[
          Math.floor(random() * memberCategoryPrices.length)
        ] ?? ["Apparel", 690];
        const unitPrice = Math.round(listPrice * spendLevel * (0.85 + 0.3 * random()));
        const quantity = 1 + Math.floor(random() * 2);
        const lineCoupon = line === 0 && coupon < unitPrice * quantity ? coupon : 0;
        rows.push([
          `M${String(member).padStart(4, "0")}`,
          `OR${String(orderNumber).padStart(5, "0")}`,
          day + time,
          unitPrice * quantity - lineCoupon,
          unitPrice,
          lineCoupon,
          category,
          channel,
          registration,
          ...attributes,
        ]);
      }
      if (random() < dropout) break;
      day += Math.max(1, Math.round(-Math.log(1 - random()) / ordersPerDay));
    }
  }
  return {
    name: "Member orders",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, [
      "@",
      "@",
      "yyyy-mm-dd hh:mm",
      "#,##0",
      "#,##0",
      "#,##0",
      "@",
      "@",
      "yyyy-mm-dd",
      "@",
      "@",
      "yyyy-mm-dd",
    ]),
  };
}
