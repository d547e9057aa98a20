import type { CoreError } from "../../../src/errors";
import { cartCategoryView } from "../../../src/promo/cart-view";
import {
  categoriesForLines,
  categoryView,
  categoryViewOfLines,
  categoryViewOfRollup,
} from "../../../src/promo/category-view";
import { rollupLines } from "../../../src/promo/line-rollup";
import { LINES_2017, PRODUCTS } from "../../fixtures/promo/promo-fixture";

/*
 * 2017 lines with each product's category from the product table: P1, P2 Tops; P3 Bottoms; P4 Shoes;
 * P6 is not in the product table and line 12 has no product, so both have no category.
 */
const lines = {
  productKeys: LINES_2017.productKeys,
  categories: categoriesForLines(LINES_2017.productKeys, PRODUCTS),
  units: LINES_2017.units,
  amounts: LINES_2017.amounts,
  memberKeys: LINES_2017.buyerKeys,
};

describe("categoryView", () => {
  it("sums units and revenue and counts distinct products per category, by revenue", () => {
    expect(categoryView(lines)).toEqual([
      // Tops: P1 lines 1, 3, 6, 11 and P2 lines 4, 9
      { category: "Tops", lineCount: 6, units: 5 + 3, revenue: 740 + 1050, distinctProducts: 2 },
      { category: "Shoes", lineCount: 2, units: 2, revenue: 900, distinctProducts: 1 },
      { category: "Bottoms", lineCount: 3, units: 10, revenue: 300, distinctProducts: 1 },
      // line 8 (P6, 80) and line 12 (no product, 50)
      { category: null, lineCount: 2, units: 2, revenue: 80 + 50, distinctProducts: 1 },
    ]);
  });

  it("filters to a member subset", () => {
    // B1: lines 1 (P1 2 × 300), 2 (P3 3 × 90), 5 (P4 1 × 450); B6: line 10 (P3 5 × 150).
    expect(categoryView(lines, ["B1", "B6", "nobody"])).toEqual([
      { category: "Shoes", lineCount: 1, units: 1, revenue: 450, distinctProducts: 1 },
      { category: "Tops", lineCount: 1, units: 2, revenue: 300, distinctProducts: 1 },
      { category: "Bottoms", lineCount: 2, units: 3 + 5, revenue: 90 + 150, distinctProducts: 1 },
    ]);
  });

  it("needs a member column to filter by members", () => {
    const { memberKeys: _dropped, ...noMembers } = lines;
    try {
      categoryView(noMembers, ["B1"]);
    } catch (error) {
      expect((error as CoreError).code).toBe("CATEGORY_MEMBER_COLUMN_MISSING");
    }
    expect.assertions(1);
  });
});

describe("cartCategoryView: carts of members who did not order, listed vs delisted", () => {
  const cart = {
    memberKeys: ["M1", "M2", "M2", "M3", "M3", "M3", null],
    productKeys: ["P1", "P1", "P2", "P2", "P4", "P4", "P3"],
    categories: ["Tops", "Tops", "Tops", "Tops", "Shoes", "Shoes", "Bottoms"],
    statuses: ["上架", "上架", "下架", "上架", "下架", null, "上架"],
    units: [1, 2, 1, null, 1, 1, 1],
  };

  it("leaves out members who ordered and splits by status", () => {
    const view = cartCategoryView(cart, ["M1"], ["上架"]);
    // M1 ordered and the last row has no member: 2 items left out.
    expect(view.excludedItems).toBe(2);
    expect(view.rows).toEqual([
      {
        category: "Tops",
        listed: { items: 2, units: 2 + 1, distinctProducts: 2 }, // M2 P1 × 2, M3 P2 × blank (= 1)
        delisted: { items: 1, units: 1, distinctProducts: 1 }, // M2 P2
        statusMissing: { items: 0, units: 0, distinctProducts: 0 },
      },
      {
        category: "Shoes",
        listed: { items: 0, units: 0, distinctProducts: 0 },
        delisted: { items: 1, units: 1, distinctProducts: 1 },
        statusMissing: { items: 1, units: 1, distinctProducts: 1 },
      },
    ]);
  });

  it("needs at least one listed status", () => {
    try {
      cartCategoryView(cart, [], []);
    } catch (error) {
      expect((error as CoreError).code).toBe("CART_LISTED_STATUSES_EMPTY");
    }
    expect.assertions(1);
  });
});

describe("categoryViewOfRollup: the category view from each product's roll-up (--engine duckdb)", () => {
  it("counts each row as its line count", () => {
    // Two rows standing for 3 and 2 lines of category "tea": 5 lines, units 4 + 1, revenue 40 + 10.
    const rows = categoryView({
      productKeys: ["A", "B"],
      categories: ["tea", "tea"],
      units: [4, 1],
      amounts: [40, 10],
      lineCounts: [3, 2],
    });
    expect(rows).toEqual([{ category: "tea", lineCount: 5, units: 5, revenue: 50, distinctProducts: 2 }]);
  });

  it("gives the lines' category view, lines without a product key included", () => {
    // A line without a key lands in the null category (with its units and amount), as from the lines.
    const lines = {
      productKeys: ["A", "B", null, "A", "Z"],
      units: [1, 2, 3, null, 5],
      amounts: [10, 20, 30, 40, null],
    };
    const products = { productKeys: ["A", "B"], categories: ["tea", "cups"] };
    expect(categoryViewOfRollup(rollupLines(lines), products)).toEqual(categoryViewOfLines(lines, products));
  });
});
