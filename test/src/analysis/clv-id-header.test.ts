/** Issue 12 item 6: the CLV sheets head their id column as the input names its member column. */
import { simpleClvAnalysis } from "../../../src/analysis/clv-simple";
import { btydClvAnalysis } from "../../../src/analysis/clv-btyd";
import { tableFromGrid } from "../../../src/table/table-from-grid";

const record = { inputAddress: "A1", rowCount: 0, parameters: {}, engineVersion: "test", timestampIso: "" };
// Two members, the second buying three times: enough for the simple form.
const values = [
  ["Member_Id", "Order Date", "Amount"],
  ["A", "2024-01-02", 100],
  ["B", "2024-01-05", 40],
  ["B", "2024-02-05", 60],
  ["B", "2024-03-05", 80],
];

it("the simple CLV sheet's id header is the input's member column header, in every locale", () => {
  for (const locale of ["en", "zh-TW", "zh-CN"] as const) {
    const run = simpleClvAnalysis(tableFromGrid({ values }), {}, { locale, runRecord: record });
    const table = run.sheets()[0]?.tables.find((each) => each.id === "clv.simple");
    expect(table?.columns[0]?.header).toBe("Member_Id");
  }
});

it("the BG/NBD + Gamma-Gamma sheet's id header too, from order lines", () => {
  const lines = tableFromGrid({
    values: [
      ["會員編號", "訂單日期", "金額"],
      ...Array.from({ length: 16 }, (_member, index) =>
        Array.from({ length: 1 + (index % 4) }, (_order, order) => [
          `M${index + 1}`,
          `2024-0${order + 1}-${String(10 + index).padStart(2, "0")}`,
          50 + order * 10 + index,
        ]),
      ).flat(),
    ],
  });
  const run = btydClvAnalysis({ kind: "orders", table: lines }, {}, { locale: "zh-TW", runRecord: record });
  const table = run.sheets()[0]?.tables.find((each) => each.id === "clv.members");
  expect(table?.columns[0]?.header).toBe("會員編號");
});
