/**
 * The pane's side of European numbers and day order (issue 11, item 3): cells pasted into Excel from such an
 * export reach the engine as text in the 2-D array, and are read with the same detection as the CLI's file;
 * the columns step's options (TableRequest.reading) decide instead. Expected values by hand in the comments.
 */
import { intakeJob } from "../../../engine/jobs/intake";
import { tableFromRequest } from "../../../engine/jobs/table-request";

const context = { progress: () => undefined, isCancelled: () => false };
const runRecord = {
  inputAddress: "Sheet1!A1:C5",
  rowCount: 4,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2026-12-07T00:00:00.000Z",
};
/** Excel serial of a date: days since 1899-12-30. */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;

const PASTED = [
  ["Member ID", "Order date", "Amount"],
  ["M1", "13/04/2021", "1.234,50"],
  ["M2", "03/04/2021", "10,25"],
  ["M1", "05/05/2021", "7"],
];

describe("tableFromRequest on pasted European text", () => {
  it("reads decimal commas and day-first dates from the cells themselves", () => {
    const table = tableFromRequest({ grid: { values: PASTED }, roleChoices: {} });
    const [, dates, amounts] = table.columns;
    // 1.234,50 = 1234.5; 10,25 = 10.25; 13/04 decides day first, so 03/04/2021 is 3 April.
    expect(amounts?.values).toEqual([1234.5, 10.25, 7]);
    expect(dates?.values).toEqual([serial("2021-04-13"), serial("2021-04-03"), serial("2021-05-05")]);
    expect(dates).toMatchObject({ dayOrder: "dmy", dayOrderAssumed: false });
  });

  it("takes the user's reading over the detection", () => {
    const undecided = [
      ["Member ID", "Order date", "Amount"],
      ["M1", "03/04/2021", "2.000"],
      ["M2", "04/05/2021", "1.250"],
    ];
    const detected = tableFromRequest({ grid: { values: undecided }, roleChoices: {} });
    // Month first assumed: 4 March, 5 April; "2.000" and "1.250" read both ways, plain style (dot): 2, 1.25.
    expect(detected.columns[1]).toMatchObject({
      values: [serial("2021-03-04"), serial("2021-04-05")],
      dayOrder: "mdy",
      dayOrderAssumed: true,
    });
    expect(detected.columns[2]?.values).toEqual([2, 1.25]);
    const chosen = tableFromRequest({
      grid: { values: undecided },
      roleChoices: {},
      reading: { dayOrder: "dmy", numberStyle: "comma" },
    });
    expect(chosen.columns[1]).toMatchObject({
      values: [serial("2021-04-03"), serial("2021-05-04")],
      dayOrderAssumed: false,
    });
    expect(chosen.columns[2]?.values).toEqual([2000, 1250]);
  });
});

describe("intakeJob's reading notes", () => {
  it("says which style and order were read, in the user's language", () => {
    const zh = intakeJob({ grid: { values: PASTED }, roleChoices: {}, locale: "zh-CN", runRecord }, context);
    expect(zh.readingNotes).toEqual([
      "Order date：日期按 日/月/年 读取。",
      "Amount：数字以逗号作小数点读取（1.234,5 = 1234.5）。",
    ]);
    expect(zh.issues.map((issue) => issue.rule)).toEqual(["decimalComma"]);
  });
});
