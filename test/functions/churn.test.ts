import { churnProbability } from "../../functions/churn";
import { churnRisk } from "../../src/churn/churn-risk";
import { serialFromCivilDate } from "../../src/dates/civil-date";
import { linesOf, ordersTable, reference } from "../src/churn/churn-fixture";

/*
 * =CHURN.PROBABILITY against scikit-learn: test/fixtures/churn/sklearn_reference.py fits LogisticRegression
 * (L2, C = 1) on recency, purchase days, ln(1 + spend) and tenure of orders.csv's training members and gives
 * predict_proba for the first eight members as of 2024-12-31 with their raw recency, frequency, spend, tenure.
 */
const expected = reference().orders;
const FOUR = ["recencyDays", "purchaseDays", "logSpend", "tenureDays"];
const sklearnRow = [
  expected.functionModel.intercept,
  ...FOUR.map((feature) => expected.functionModel.coefficients[feature] as number),
  ...FOUR.map((feature) => expected.means[feature] as number),
  ...FOUR.map((feature) => expected.standardDeviations[feature] as number),
];
const examples = expected.functionModel.examples ?? [];
const column = (pick: (example: (typeof examples)[number]) => number): number[][] =>
  examples.map((example) => [pick(example)]);
const recency = column((example) => example.recencyDays);
const frequency = column((example) => example.purchaseDays);
const monetary = column((example) => example.spend);
const tenure = column((example) => example.tenureDays);

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

describe("=CHURN.PROBABILITY", () => {
  it("gives scikit-learn's predict_proba from scikit-learn's coefficients row (raw spend in, ln(1 + spend) used)", () => {
    const spill = churnProbability(recency, frequency, monetary, tenure, [sklearnRow]);
    expect(spill).toHaveLength(8);
    spill.forEach((row, index) => expect(row[0]).toBeCloseTo(examples[index]?.probability as number, 12));
  });

  it("gives the same within 1e-6 from the row the Churn sheet writes (our fit), as a row or a column", () => {
    const result = churnRisk(linesOf(ordersTable()), {
      calibrationEndSerial: serialFromCivilDate(2024, 9, 30),
      horizonDays: 90,
    });
    const row = [...result.functionModel.row];
    for (const coefficients of [[row], row.map((value) => [value])]) {
      const spill = churnProbability(recency, frequency, monetary, tenure, coefficients);
      spill.forEach((cells, index) =>
        expect(Math.abs((cells[0] as number) - (examples[index]?.probability as number))).toBeLessThan(1e-6),
      );
    }
  });

  it("leaves all-blank positions blank (null on the web, 0 on desktop) and words a bad cell in its cell only", () => {
    const spill = churnProbability(
      [
        [10],
        [null],
        [0],
        [5],
        [30],
        [-1],
        [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)],
      ],
      [[2], [null], [0], [null], [1], [1], [1]],
      [[50], [null], [0], [10], [10], [10], [10]],
      [[100], [null], [0], [20], [20], [20], [20]],
      [sklearnRow],
    );
    expect(typeof spill[0]?.[0]).toBe("number");
    expect([spill[1]?.[0], spill[2]?.[0]]).toEqual(["", ""]);
    expect(errorOf(spill[3]?.[0])).toEqual({
      code: "#VALUE!",
      message: "frequency, row 4, column 1: the cell is blank.",
    });
    expect(errorOf(spill[4]?.[0]).message).toBe(
      "tenure must be days since the first purchase, at least the recency 30 (got 20).",
    );
    expect(errorOf(spill[5]?.[0]).message).toBe(
      "recency must be days since the last purchase, 0 or more (got -1).",
    );
    expect(errorOf(spill[6]?.[0]).message).toBe("recency (row 7, column 1) is an error value (#N/A).");
  });

  it("words its messages in Traditional and Simplified Chinese", () => {
    const [[zhTW]] = churnProbability([[1]], [[0.5]], [[1]], [[1]], [sklearnRow], "zh-TW") as unknown[][] as [
      [unknown],
    ];
    expect(errorOf(zhTW).message).toBe("frequency 必須是至少 1 的整數購買天數（目前為 0.5）。");
    const [[zhCN]] = churnProbability([[1]], [[1]], [[1]], [[1]], [[1, 2, 3]], "zh-CN") as unknown[][] as [
      [unknown],
    ];
    expect(errorOf(zhCN).message).toBe(
      "coefficients 必须是流失预测工作表系数行的 13 个数字（当前为 3 个）。",
    );
  });

  it("gives one #VALUE! for a bad coefficients row or ranges of different sizes", () => {
    const short = churnProbability(recency, frequency, monetary, tenure, [sklearnRow.slice(0, 12)]);
    expect(short).toHaveLength(1);
    expect(errorOf(short[0]?.[0]).message).toBe(
      "coefficients must be the 13 numbers of the Churn sheet's coefficients row (got 12).",
    );
    const withHeader = churnProbability([[1]], [[1]], [[1]], [[1]], [["Intercept", ...sklearnRow.slice(1)]]);
    expect(errorOf(withHeader[0]?.[0]).message).toBe(
      "coefficients, row 1, column 1: a number is needed (got Intercept).",
    );
    const badSd = [...sklearnRow];
    badSd[12] = 0;
    expect(errorOf(churnProbability([[1]], [[1]], [[1]], [[1]], [badSd])[0]?.[0]).message).toBe(
      "coefficients must be the 13 numbers of the Churn sheet's coefficients row; number 13 is not valid.",
    );
    expect(errorOf(churnProbability([[1], [2]], [[1]], [[1]], [[1]], [sklearnRow])[0]?.[0]).message).toBe(
      "recency, frequency, monetary and tenure must have the same size (2×1, 1×1, 1×1, 1×1).",
    );
  });
});
