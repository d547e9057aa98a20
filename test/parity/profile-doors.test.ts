/**
 * One member profile through every door (issue 13): the command line's --json and --out sheets, the engine
 * job the Members tab will call (on the file's cells as Excel hands them over, excel-grid.ts), and the
 * =MEMBER.PROFILE spill give the same numbers and the same sheets. The function has no dates, so a member's
 * group is their lowest row with a value; the hand-made fixture lists each member's lines in date order,
 * where that is the latest line, as the other doors take it.
 */
import { join } from "node:path";
import type { RegisteredCommand } from "../../cli/command";
import { profileCommand, type ProfileJson } from "../../cli/commands/profile";
import { profileJob } from "../../engine/jobs/profile";
import { memberProfile as memberProfileFunction } from "../../functions/profile";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { excelGridFromCsv } from "./excel-grid";
import { sheetContent } from "./sheet-content";

const FIXTURES = join(__dirname, "../fixtures/profile");
const SMALL = join(FIXTURES, "orders-en.csv");
const LARGE = join(FIXTURES, "orders-large.csv");

async function cli(command: RegisteredCommand, file: string, locale: Locale, flags: Record<string, string>) {
  const output = await command.execute({ values: { input: file, ...flags }, positionals: [], locale });
  return { json: output.json() as ProfileJson, sheets: output.sheets() ?? [] };
}

function pane(file: string, by: string[], locale: Locale): readonly ResultSheet[] {
  const result = profileJob(
    {
      grid: excelGridFromCsv(file),
      roleChoices: {},
      locale,
      runRecord: {
        inputAddress: "Orders!A1:I14",
        rowCount: 0,
        parameters: {},
        engineVersion: "test",
        timestampIso: "2026-12-05T00:00:00.000Z",
      },
      settings: { by },
    },
    { progress: () => undefined, isCancelled: () => false },
  );
  return result.sheets;
}

describe.each<Locale>(["en", "zh-TW", "zh-CN"])(
  "the command line and the pane give one answer (%s)",
  (locale) => {
    it.each<[string, string, string]>([
      ["region, hand-made", SMALL, "Region"],
      ["gender × first-order category, hand-made", SMALL, "Gender,Category"],
      ["birthday bands, hand-made", SMALL, "Birthday"],
      ["region × gender, 2,171 lines", LARGE, "Region,Gender"],
    ])("%s: the same Profile sheet from --out and from the engine job", async (_name, file, by) => {
      const fromCli = await cli(profileCommand, file, locale, { by });
      const fromPane = pane(file, by.split(","), locale);
      expect(fromCli.sheets).toHaveLength(1);
      expect(fromPane.map(sheetContent)).toEqual(fromCli.sheets.map(sheetContent));
    });
  },
);

describe("=MEMBER.PROFILE, --json and the sheet give one answer", () => {
  it("per region: the spill's rows are the sheet's rows and the JSON's numbers", async () => {
    const { json, sheets } = await cli(profileCommand, SMALL, "en", { by: "Region" });
    const body = excelGridFromCsv(SMALL).values.slice(1);
    const range = (index: number) => body.map((row) => [row[index] ?? null]);
    const spill = await memberProfileFunction(range(4), range(0), range(1), range(3));
    const [groups, summary] = sheets[0]?.tables ?? [];
    const sheetRows = [...(groups?.rows ?? []), ...(summary?.rows ?? [])];
    expect(spill.slice(1).map((row) => row.slice(1))).toEqual(
      sheetRows.map((row) => row.slice(1).map((cell) => cell ?? "")),
    );
    expect(spill.slice(1, -2).map((row) => row[0])).toEqual(
      json.groups.map((group) => group.value ?? "Unknown"),
    );
    expect(spill.slice(1, -2).map((row) => row.slice(1))).toEqual(
      json.groups.map((group) => [
        group.members,
        group.memberShare,
        group.buyers,
        group.orders,
        group.gmv,
        group.gmvShare,
        group.aov,
        group.ordersPerBuyer,
        group.repeatBuyerRate,
      ]),
    );
    expect(spill.at(-1)?.[6]).toBe(json.top5GmvShare);
  });
});
