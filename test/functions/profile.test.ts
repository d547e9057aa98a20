/**
 * =MEMBER.PROFILE called as Excel calls it (playground/simulator/custom-functions.ts, sources there): from the
 * metadata the build emits (the generator, then the step that adds allowErrorForDataTypeAny), with blank
 * cells arriving as null (web) or 0 (desktop), and with an #N/A cell. Expected values are worked by hand:
 *
 *   group   member  order  amount
 *   North   a       o1     100     a: lines North, North, South → the last with a value: South;
 *   North   a       o1     50         orders o1, o2; GMV 100 + 50 + 30 = 180
 *   South   a       o2     30
 *   (blank) b       o3     (blank) b: no value → Unknown; one order; GMV 0 (a blank amount is 0)
 *   North   c       (blank) 20     c: North; no order id → each row its own order: 2 orders; GMV 40
 *   North   c       (blank) 20
 *   (blank) (blank) (blank) (blank) a row of blanks: no member, left out
 *
 * All: 3 members, 5 orders, GMV 220, repeat buyers a and c.
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { withErrorInputs } from "../../functions/build/allow-error-inputs.cjs";
import { memberProfile } from "../../functions/profile";
import {
  createFunctionHarness,
  type BlankCellArrival,
  type SheetCell,
} from "../../playground/simulator/custom-functions";

let metadata: unknown;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([join(__dirname, "../../functions/profile.ts")]);
  metadata = JSON.parse(withErrorInputs(generated.metadataJson));
});

function harness(blankCells: BlankCellArrival) {
  return createFunctionHarness({
    metadata,
    implementations: { "MEMBER.PROFILE": memberProfile } as Record<string, (...args: never[]) => unknown>,
    blankCells,
  });
}

function shown(result: unknown): unknown[][] {
  return (result as unknown[][]).map((row) =>
    row.map((cell) =>
      cell instanceof CustomFunctions.Error ? { code: cell.code, message: cell.message } : cell,
    ),
  );
}

const column = (...cells: SheetCell[]): SheetCell[][] => cells.map((cell) => [cell]);
const groups = column("North", "North", "South", null, "North", "North", null);
const members = column("a", "a", "a", "b", "c", "c", null);
const orders = column("o1", "o1", "o2", "o3", null, null, null);
const amounts = column(100, 50, 30, null, 20, 20, null);

describe.each(["null", "zero"] as const)("blank cells arriving as %s give one answer", (blankCells) => {
  it("the groups, all members and the top-5 share", async () => {
    const result = shown(
      await harness(blankCells).call("MEMBER.PROFILE", [groups, members, orders, amounts]),
    );
    expect(result).toEqual([
      [
        "Group",
        "Members",
        "Share of members",
        "Buyers",
        "Orders",
        "GMV",
        "Share of GMV",
        "AOV",
        "Orders per buyer",
        "Repeat-buyer rate",
      ],
      ["South", 1, 1 / 3, 1, 2, 180, 180 / 220, 90, 2, 1],
      ["North", 1, 1 / 3, 1, 2, 40, 40 / 220, 20, 2, 1],
      ["Unknown", 1, 1 / 3, 1, 1, 0, 0, 0, 1, 0],
      ["All members", 3, 1, 3, 5, 220, 1, 44, 5 / 3, 2 / 3],
      ["Top 5 groups' share of GMV (Top5 消費區域占比)", "", "", "", "", "", 1, "", "", ""],
    ]);
  });
});

describe("=MEMBER.PROFILE's languages and bad input", () => {
  it("speaks zh-TW when asked", async () => {
    const result = shown(
      await harness("null").call("MEMBER.PROFILE", [groups, members, orders, amounts, "zh-TW"]),
    );
    expect(result[0]?.slice(0, 3)).toEqual(["群組", "會員數", "會員占比"]);
    expect(result.map((row) => row[0])).toEqual([
      "群組",
      "South",
      "North",
      "未知",
      "全體會員",
      "前 5 大群組的 GMV 占比（Top5 消費區域占比）",
    ]);
  });

  it("an #N/A cell gives #VALUE! naming the range, row and column", async () => {
    const withError = column(100, 50, { error: "#N/A" }, null, 20, 20, null);
    const result = shown(await harness("null").call("MEMBER.PROFILE", [groups, members, orders, withError]));
    expect(result).toEqual([
      [{ code: "#VALUE!", message: "MEMBER.PROFILE: amounts (row 3, column 1) is an error value (#N/A)" }],
    ]);
  });

  it("a text amount gives #VALUE! naming it", async () => {
    const withText = column(100, "n/a", 30, null, 20, 20, null);
    const result = shown(await harness("zero").call("MEMBER.PROFILE", [groups, members, orders, withText]));
    expect(result).toEqual([
      [
        {
          code: "#VALUE!",
          message: 'MEMBER.PROFILE: amounts (row 2, column 1) must be a number (got "n/a")',
        },
      ],
    ]);
  });

  it("ranges of different sizes give #VALUE!", async () => {
    const result = shown(
      await harness("null").call("MEMBER.PROFILE", [groups, members, orders, column(100, 50)]),
    );
    expect(result).toEqual([
      [
        {
          code: "#VALUE!",
          message:
            "MEMBER.PROFILE: amounts is 2×1 but group_values is 7×1 (the ranges must have the same size)",
        },
      ],
    ]);
  });

  it("no member id at all is #N/A, in the chosen language", async () => {
    const nobody = column(null, null);
    const result = shown(
      await harness("zero").call("MEMBER.PROFILE", [column("x", "y"), nobody, nobody, column(1, 2), "zh-CN"]),
    );
    expect(result).toEqual([[{ code: "#N/A", message: "没有任何一行有会员编号，无法建立用户画像。" }]]);
  });
});
