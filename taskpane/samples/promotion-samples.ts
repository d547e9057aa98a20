import { seededRandom } from "./seeded-random";
import { sampleFormats as formats, type SampleSheet } from "./sample-sheet";

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
