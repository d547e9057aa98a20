import type { CoreError } from "../../../src/errors";
import { linesFromTable, productTableFromTable, trafficFromTable } from "../../../src/promo/from-table";
import { keyCells, optionalKeys, optionalNumbers } from "../../../src/table/column-reader";
import { productKeys } from "../../../src/promo/table-cells";
import { tableFromGrid } from "../../../src/table/table-from-grid";

// Expected values are the grid cells written out below (the mapping copies columns by role, it computes
// nothing); the dates are Excel serials: 2017-11-11 = 43050 (=DATE(2017,11,11) in Excel; 25569 = 1970-01-01
// and 2017-11-11 is 17481 days after it).

describe("linesFromTable", () => {
  const table = tableFromGrid({
    values: [
      [
        "Product ID",
        "Quantity",
        "Amount",
        "Unit Price",
        "Return Qty",
        "Refund",
        "Member ID",
        "Order ID",
        "Order Date",
      ],
      ["A", 2, 10, 5, 0, 0, "M1", "O1", "2017-11-11"],
      ["B", 1, 7, 7, 1, 7, true, "O2", "2017-11-12"],
    ],
  });

  it("copies every recognised column into the lines, booleans as TRUE/FALSE and dates as serials", () => {
    expect(linesFromTable(table)).toEqual({
      productKeys: ["A", "B"],
      units: [2, 1],
      amounts: [10, 7],
      unitPrices: [5, 7],
      returnUnits: [0, 1],
      returnAmounts: [0, 7],
      buyerKeys: ["M1", "TRUE"],
      orderKeys: ["O1", "O2"],
      dates: [43050, 43051],
    });
  });

  it("leaves absent optional columns undefined and uses the product name without a product id", () => {
    const minimal = tableFromGrid({
      values: [
        ["Product Name", "Quantity", "Amount"],
        ["Tee", 3, 30],
      ],
    });
    expect(linesFromTable(minimal)).toEqual({
      productKeys: ["Tee"],
      units: [3],
      amounts: [30],
      unitPrices: undefined,
      returnUnits: undefined,
      returnAmounts: undefined,
      buyerKeys: undefined,
      orderKeys: undefined,
      dates: undefined,
    });
  });

  it("ignores an order-date column that was not read as dates", () => {
    const textDates = tableFromGrid(
      {
        values: [
          ["Product ID", "Quantity", "Amount", "Order Date"],
          ["A", 1, 1, "2017-11-11"],
        ],
      },
      { types: { "Order Date": "text" } },
    );
    expect(linesFromTable(textDates).dates).toBeUndefined();
  });

  it("throws MISSING_COLUMN naming the role, with forWhat (default: the function name) in the details", () => {
    const noAmount = tableFromGrid({
      values: [
        ["Product ID", "Quantity"],
        ["A", 1],
      ],
    });
    expect(() => linesFromTable(noAmount, "promo (lines)")).toThrow(
      expect.objectContaining<Partial<CoreError>>({
        code: "MISSING_COLUMN",
        message:
          'A column for Amount is needed (none of "Product ID", "Quantity" was recognised as Amount): choose it',
        details: { argument: "amount", input: "promo (lines)" },
      }),
    );
    expect(() => linesFromTable(noAmount)).toThrow(
      expect.objectContaining<Partial<CoreError>>({
        code: "MISSING_COLUMN",
        details: { argument: "amount", input: "linesFromTable" },
      }),
    );
  });

  it("throws MISSING_COLUMN for role productId when there is neither a product id nor a name", () => {
    const noProduct = tableFromGrid({
      values: [
        ["Quantity", "Amount"],
        [1, 1],
      ],
    });
    expect(() => linesFromTable(noProduct)).toThrow(/^A column for Product ID is needed/);
  });

  it("throws COLUMN_TYPE_MISMATCH when the quantity column was forced to text", () => {
    const textQuantity = tableFromGrid(
      {
        values: [
          ["Product ID", "Quantity", "Amount"],
          ["A", 1, 1],
        ],
      },
      { types: { Quantity: "text" } },
    );
    expect(() => linesFromTable(textQuantity, "Promotion (lines)")).toThrow(
      expect.objectContaining<Partial<CoreError>>({
        code: "COLUMN_TYPE_MISMATCH",
        message: 'The Quantity column "Quantity" must hold number values (it was read as text)',
      }),
    );
  });
});

describe("productTableFromTable and trafficFromTable", () => {
  it("maps a product table: key, tag and sale price, stock and category", () => {
    const products = tableFromGrid({
      values: [
        ["Product ID", "Tag Price", "Sale Price", "Stock", "Category"],
        [1001, 99, 59, 20, "Tops"],
      ],
    });
    // A product id column is read as text, so the number 1001 arrives as its decimal text.
    expect(productTableFromTable(products)).toEqual({
      productKeys: ["1001"],
      tagPrices: [99],
      salePrices: [59],
      stocks: [20],
      categories: ["Tops"],
    });
  });

  it("maps a traffic table and leaves absent counts undefined", () => {
    const traffic = tableFromGrid({
      values: [
        ["Product ID", "UV", "Favourites"],
        ["A", 850, 48],
      ],
    });
    expect(trafficFromTable(traffic)).toEqual({
      productKeys: ["A"],
      uv: [850],
      favourites: [48],
      addToCart: undefined,
    });
  });

  it("names forWhat in a missing product key's details", () => {
    const noKey = tableFromGrid({ values: [["UV"], [1]] });
    expect(() => trafficFromTable(noKey, "promo (traffic)")).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^A column for Product ID is needed/),
        details: { argument: "productId", input: "promo (traffic)" },
      }),
    );
    expect(() => productTableFromTable(noKey)).toThrow(
      expect.objectContaining({ details: { argument: "productId", input: "productTableFromTable" } }),
    );
  });
});

describe("table cells", () => {
  const table = tableFromGrid(
    {
      values: [
        ["Product ID", "Product Name", "Member ID"],
        ["A", "Tee", false],
      ],
    },
    { types: { "Member ID": "boolean" } },
  );

  it("prefers the product id over the product name", () => {
    expect(productKeys(table, "test")).toEqual(["A"]);
  });

  it("reads booleans in key columns as Excel's FALSE/TRUE", () => {
    const member = table.columns[2];
    expect(member?.type).toBe("boolean");
    expect(member === undefined ? null : keyCells(member)).toEqual(["FALSE"]);
  });

  it("gives undefined for absent optional columns", () => {
    expect(optionalKeys(table, "orderId")).toBeUndefined();
    expect(optionalNumbers(table, "uv", "test")).toBeUndefined();
  });
});
