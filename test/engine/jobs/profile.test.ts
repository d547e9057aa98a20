/**
 * The Members tab's Profile job on test/fixtures/profile/orders-zh-TW.csv as Excel hands it over (hand
 * calculation in test/src/member/profile.test.ts): the sheet and the facts, the user's role choices, a cancel,
 * and a core error crossing the engine with its code and details.
 */
import { join } from "node:path";
import { createInlineEngine } from "../../../engine/inline-engine";
import { profileJob, type ProfileRequest } from "../../../engine/jobs/profile";
import { excelGridFromCsv } from "../../parity/excel-grid";

const grid = excelGridFromCsv(join(__dirname, "../../fixtures/profile/orders-zh-TW.csv"));

function request(by: string[], roleChoices: ProfileRequest["roleChoices"] = {}): ProfileRequest {
  return {
    grid,
    roleChoices,
    locale: "zh-TW",
    runRecord: {
      inputAddress: "訂單!A1:I14",
      rowCount: 13,
      parameters: {},
      engineVersion: "test",
      timestampIso: "2026-12-05T00:00:00.000Z",
    },
    settings: { by },
  };
}

const context = { progress: () => undefined, isCancelled: () => false };

describe("profileJob", () => {
  it("writes one Profile sheet and states the facts for the summary", () => {
    const result = profileJob(request(["地區"]), context);
    expect(result.rowCount).toBe(13);
    expect(result.sheets.map((sheet) => sheet.baseName)).toEqual(["用戶畫像"]);
    // 台中市 is M1's latest region: 350 of 1200; the four known regions hold 1140.
    expect(result.facts).toEqual({
      analysis: "profile",
      by: "地區",
      groupCount: 5,
      topGroup: "台中市",
      topGroupGmvShare: 350 / 1200,
      topGroupMembers: 1,
      topGroupMemberShare: 1 / 6,
      top5GmvShare: 1140 / 1200,
    });
  });

  it("follows the user's role choices: without the category role, 類別 is a member attribute (latest value)", () => {
    const byFirstOrder = profileJob(request(["類別"]), context).sheets[0]?.tables[0];
    const byLatest = profileJob(request(["類別"], { 類別: "" }), context).sheets[0]?.tables[0];
    expect(byFirstOrder?.rows.map((row) => [row[0], row[1]])).toEqual([
      ["鞋", 2],
      ["包", 2],
      ["玩具", 2],
    ]);
    // Latest lines: M1 包 (03-01), M2 玩具, M3 包, M4 鞋 (05-01), M5 鞋, M6 玩具 (the lower of two 05-20 lines).
    expect(byLatest?.rows.map((row) => [row[0], row[1], row[5]])).toEqual([
      ["包", 2, 650],
      ["玩具", 2, 340],
      ["鞋", 2, 210],
    ]);
  });

  it("stops when cancelled", () => {
    expect(() => profileJob(request(["地區"]), { ...context, isCancelled: () => true })).toThrow(
      expect.objectContaining({ code: "CANCELLED" }),
    );
  });

  it("an unknown column reaches the door with its code and details", async () => {
    await expect(createInlineEngine().run("memberProfile", request(["地址"]))).rejects.toMatchObject({
      code: "UNKNOWN_COLUMN",
      details: { argument: "by", value: "地址" },
    });
  });
});
