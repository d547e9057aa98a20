import { periodFigures, salesColumnsOf } from "../../../src/yoy/period-figures";
import { yearPeriod } from "../../../src/yoy/period";
import { yoySummary, yoySummaryOfFigures } from "../../../src/yoy/yoy-summary";

// Serials: 42736 = 2017-01-01, 42737 = 2017-01-02, 42916 = 2017-06-30, 42370 = 2016-01-01.
const sales = {
  dates: [42736.5, 42737, 42916, 42370, null],
  amounts: [100, null, 250, 80, 999],
  orderKeys: ["O1", "O1", "O2", "O3", "O4"],
  memberKeys: ["M1", "M2", "M1", "M1", "M9"],
  units: [1, 2, null, 4, 5],
};

describe("periodFigures", () => {
  it("sums and counts the rows dated in the period (blank amounts and units as 0)", () => {
    // 2017: rows 1-3 (row 1 at noon counts on its day); GMV 100 + 0 + 250 = 350; orders O1, O2; members M1, M2;
    // units 1 + 2 + 0 = 3; days 42736 … 42916. The undated row 5 is in no period.
    expect(periodFigures(sales, yearPeriod(2017))).toEqual({
      coverage: { period: yearPeriod(2017), rowCount: 3, firstSerial: 42736, lastSerial: 42916 },
      gmv: 350,
      distinctOrders: 2,
      distinctCustomers: 2,
      units: 3,
    });
  });

  it("gives an empty period no days", () => {
    const figures = periodFigures(sales, yearPeriod(2015));
    expect(figures.coverage).toEqual({
      period: yearPeriod(2015),
      rowCount: 0,
      firstSerial: null,
      lastSerial: null,
    });
  });

  it("is what yoySummary is made of", () => {
    const columns = salesColumnsOf(sales);
    expect(columns).toEqual({ orderKeys: true, memberKeys: true, units: true });
    const fromFigures = yoySummaryOfFigures(
      periodFigures(sales, yearPeriod(2017)),
      periodFigures(sales, yearPeriod(2016)),
      columns,
    );
    expect(fromFigures).toEqual(yoySummary(sales, yearPeriod(2017), yearPeriod(2016)));
    // GMV 350 against 80: (350 − 80) / 80 = 3.375.
    expect(fromFigures.yoy.gmv).toBe(3.375);
  });
});
