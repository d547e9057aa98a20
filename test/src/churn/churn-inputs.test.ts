import { churnRisk } from "../../../src/churn/churn-risk";
import { checkCoefficientRow, probabilityFromRow } from "../../../src/churn/coefficient-row";
import { holdoutMask } from "../../../src/churn/stratified-split";
import { serialFromCivilDate } from "../../../src/dates/civil-date";
import { CoreError } from "../../../src/errors";

const day = (month: number, date: number): number => serialFromCivilDate(2024, month, date);

/** Members m0…m(n−1): each buys on 01-01; those in `returning` buy again on 03-01; all with the given spend. */
function lines(count: number, returning: (member: number) => boolean, spend: (member: number) => number) {
  const memberIds: string[] = [];
  const dateSerials: number[] = [];
  const amounts: number[] = [];
  for (let member = 0; member < count; member++) {
    memberIds.push(`m${member}`);
    dateSerials.push(day(1, 1 + (member % 20)));
    amounts.push(spend(member));
    if (returning(member)) {
      memberIds.push(`m${member}`);
      dateSerials.push(day(3, 1));
      amounts.push(spend(member));
    }
  }
  // The data's last date, from a member who bought before too.
  memberIds.push("m0");
  dateSerials.push(day(6, 30));
  amounts.push(1);
  return { memberIds, dateSerials, amounts };
}

const codeOf = (run: () => unknown): CoreError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CoreError) return error;
  }
  throw new Error("expected a CoreError");
};

describe("churnRisk's bad inputs", () => {
  const ok = lines(
    40,
    (member) => member % 3 === 0,
    (member) => 10 + member,
  );
  const settings = { calibrationEndSerial: day(1, 31), horizonDays: 60 };

  it("refuses a horizon past the data, naming the horizon's end and the last date", () => {
    const error = codeOf(() => churnRisk(ok, { calibrationEndSerial: day(5, 1), horizonDays: 90 }));
    expect(error).toMatchObject({
      code: "CHURN_HORIZON_PAST_DATA",
      details: { argument: "horizonDays", value: "2024-07-30", bound: "2024-06-30" },
    });
  });

  it("refuses a calibration end before the first order", () => {
    expect(codeOf(() => churnRisk(ok, { calibrationEndSerial: day(1, 1) - 5 }))).toMatchObject({
      code: "NO_CUSTOMERS_BEFORE_END",
      details: { value: "2023-12-27", bound: "2024-01-01" },
    });
    // The default calibration end (last date − horizon) before the first order: data shorter than the horizon.
    expect(codeOf(() => churnRisk(ok, { horizonDays: 400 })).code).toBe("NO_CUSTOMERS_BEFORE_END");
  });

  it("refuses data with no churners or no survivors", () => {
    expect(
      codeOf(() =>
        churnRisk(
          lines(
            10,
            () => true,
            () => 5,
          ),
          settings,
        ),
      ),
    ).toMatchObject({
      code: "CHURN_NO_CHURNERS",
      details: { value: 0 },
    });
    expect(
      codeOf(() =>
        churnRisk(
          lines(
            10,
            () => false,
            () => 5,
          ),
          settings,
        ),
      ).code,
    ).toBe("CHURN_NO_SURVIVORS");
  });

  it("refuses fewer than two members of a label (one must be held out, one learnt from)", () => {
    expect(
      codeOf(() =>
        churnRisk(
          lines(
            10,
            (member) => member === 3,
            () => 5,
          ),
          settings,
        ),
      ),
    ).toMatchObject({
      code: "CHURN_TOO_FEW_MEMBERS",
      details: { argument: "stayed", value: 1, bound: 2 },
    });
  });

  it("drops a constant feature and says so; fails when every feature is constant", () => {
    // As of 01-31 everyone has bought once, for 7, without a coupon (a coupon column of blanks): purchase
    // days, spend, gap CV, AOV, its CV and the coupon share are the same for all; the days vary.
    const constantSpend = lines(
      40,
      (member) => member % 3 === 0,
      () => 7,
    );
    const withCoupons = { ...constantSpend, couponAmounts: constantSpend.amounts.map(() => null) };
    const result = churnRisk(withCoupons, settings);
    expect(result.model.dropped).toEqual([
      "purchaseDays",
      "logSpend",
      "gapCv",
      "aov",
      "aovCv",
      "couponShare",
    ]);
    expect(result.model.features).toEqual(["recencyDays", "tenureDays", "meanGapDays"]);
    expect(result.model.converged).toBe(true);
    // The function's row gives the dropped ones weight 0, mean 0 and SD 1 (positions 3, 4; 7, 8; 11, 12).
    expect(result.functionModel.dropped).toEqual(["purchaseDays", "logSpend"]);
    const row = result.functionModel.row;
    expect([row[2], row[3], row[6], row[7], row[10], row[11]]).toEqual([0, 0, 0, 0, 1, 1]);
    // All bought on one day with one amount: nothing tells the members apart.
    const flat = {
      memberIds: ["a", "b", "c", "d", "a", "b"],
      dateSerials: [day(1, 1), day(1, 1), day(1, 1), day(1, 1), day(3, 1), day(3, 1)],
      amounts: [5, 5, 5, 5, 5, 5],
    };
    expect(codeOf(() => churnRisk(flat, { calibrationEndSerial: day(1, 1), horizonDays: 60 }))).toMatchObject(
      {
        code: "CHURN_FEATURES_CONSTANT",
      },
    );
  });

  it("checks each setting, naming it", () => {
    for (const [bad, code, argument] of [
      [{ horizonDays: 0 }, "CHURN_HORIZON_INVALID", "horizonDays"],
      [{ horizonDays: 1.5 }, "CHURN_HORIZON_INVALID", "horizonDays"],
      [{ threshold: 1 }, "CHURN_THRESHOLD_INVALID", "threshold"],
      [{ holdoutShare: 0 }, "CHURN_HOLDOUT_INVALID", "holdoutShare"],
      [{ seed: -1 }, "SEED_INVALID", "seed"],
      [{ calibrationEndSerial: Number.NaN }, "CALIBRATION_END_INVALID", "calibrationEnd"],
    ] as const) {
      expect(codeOf(() => churnRisk(ok, bad))).toMatchObject({ code, details: { argument } });
    }
    expect(codeOf(() => churnRisk({ memberIds: [], dateSerials: [], amounts: [] })).code).toBe(
      "NO_ORDER_ROWS",
    );
    expect(codeOf(() => churnRisk({ memberIds: ["a"], dateSerials: [1, 2], amounts: [1] })).code).toBe(
      "COLUMN_LENGTH_MISMATCH",
    );
  });
});

describe("holdoutMask", () => {
  it("holds out ⌊0.3 n + 0.5⌋ of each label, the same members for the same seed", () => {
    const labels = Uint8Array.from({ length: 50 }, (_, index) => (index < 13 ? 1 : 0));
    const mask = holdoutMask(labels, 0.3, 7);
    const held = (label: number) => labels.filter((value, row) => value === label && mask[row] === 1).length;
    expect([held(0), held(1)]).toEqual([11, 4]); // 0.3 × 37 = 11.1 → 11; 0.3 × 13 = 3.9 → 4
    expect(Array.from(holdoutMask(labels, 0.3, 7))).toEqual(Array.from(mask));
    expect(Array.from(holdoutMask(labels, 0.3, 8))).not.toEqual(Array.from(mask));
  });
});

describe("the coefficients row of =CHURN.PROBABILITY", () => {
  it("scores raw inputs by hand: η = 0.5 + 2 · (40 − 30) / 20 − 1 · (ln 100 − ln 50) / ln 2 = 0.5 → 0.6225", () => {
    const row = [0.5, 2, 0, -1, 0, 30, 1, Math.log(50), 100, 20, 1, Math.log(2), 10];
    const probability = probabilityFromRow(row, {
      recencyDays: 40,
      purchaseDays: 1,
      spend: 99,
      tenureDays: 100,
    });
    // (ln 100 − ln 50) / ln 2 = 1, so η = 0.5 + 1 − 1 = 0.5; 1 / (1 + e^−0.5) = 0.62246.
    expect(probability).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 14);
  });

  it("refuses a row of the wrong length or with a standard deviation not above 0", () => {
    expect(() => checkCoefficientRow([1, 2, 3])).toThrow(
      expect.objectContaining({
        code: "CHURN_COEFFICIENTS_INVALID",
        details: expect.objectContaining({ value: 3 }),
      }),
    );
    const row = [0.5, 2, 0, -1, 0, 30, 1, 4, 100, 20, 0, 1, 10];
    expect(() => checkCoefficientRow(row)).toThrow(
      expect.objectContaining({ details: { argument: "coefficients", value: 11 } }),
    );
  });
});
