// A hand-checkable promotion case: five lines over two years, two products, their prices, stock and traffic.
// Every expected number in the promotion tests is derived from these cells in the test that uses it.

/** Excel serials (1900 system), by python3 `(date(y, m, d) - date(1899, 12, 30)).days`. */
export const SERIAL = {
  "2022-03-01": 44621,
  "2022-06-01": 44713,
  "2023-03-01": 44986,
  "2023-04-01": 45017,
  "2023-05-01": 45047,
} as const;

export const linesValues: (string | number)[][] = [
  ["Product ID", "Member ID", "Order Date", "Quantity", "Amount", "Return Qty", "Return Amount"],
  ["A", "m1", SERIAL["2023-03-01"], 2, 200, 0, 0],
  ["A", "m2", SERIAL["2023-04-01"], 1, 100, 1, 100],
  ["B", "m1", SERIAL["2023-05-01"], 1, 300, 0, 0],
  ["A", "m3", SERIAL["2022-03-01"], 1, 100, 0, 0],
  ["B", "m3", SERIAL["2022-06-01"], 2, 200, 0, 0],
];
export const linesFormats: string[][] = linesValues.map((row, index) =>
  index === 0 ? row.map(() => "General") : ["@", "@", "yyyy-mm-dd", "0", "0", "0", "0"],
);

export const productValues: (string | number)[][] = [
  ["Product ID", "Tag Price", "Sale Price", "Stock", "Category"],
  ["A", 200, 100, 10, "Tops"],
  ["B", 500, 300, 2, "Shoes"],
];
export const trafficValues: (string | number)[][] = [
  ["Product ID", "UV", "Favourites", "Add to Cart"],
  ["A", 100, 10, 5],
  ["B", 500, 20, 8],
];

/** All cells General: numbers stay numbers, ids text. */
export function generalFormats(values: readonly (readonly unknown[])[]): string[][] {
  return values.map((row) => row.map(() => "General"));
}
