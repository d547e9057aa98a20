/*
 * The Members tab's Profile and Churn risk settings, summary clauses and progress words, without rendering.
 * Expected values are worked by hand in the comments (dates: Excel serials, 2024-09-30 = 45565 as
 * python3's (date(2024, 9, 30) - date(1899, 12, 30)).days gives).
 */
import { paneAvailability } from "../../../taskpane/features/members/availability";
import {
  ageBandEdges,
  dateSerial,
  DEFAULT_EXTRA_SETTINGS,
  parseExtraSettings,
} from "../../../taskpane/features/members/extra-settings";
import { extraClause } from "../../../taskpane/features/members/extra-summary";
import { membersText } from "../../../taskpane/features/members/messages";
import { profileChurnText } from "../../../taskpane/features/members/profile-churn-messages";
import { paneStageLabel } from "../../../taskpane/features/members/stage-label";
import {
  ageKinds,
  bandsText,
  defaultProfileColumns,
  profileCandidates,
} from "../../../taskpane/features/members/profile-columns";

const both = { profile: true, churn: true };

describe("Profile and Churn risk settings", () => {
  it("turn the defaults into the core's settings: one profile run per column, then the pair", () => {
    const draft = { ...DEFAULT_EXTRA_SETTINGS, profileBy: ["Region", "Birthday"], crossRows: "Gender" };
    expect(parseExtraSettings({ ...draft, crossColumns: "Category" }, both)).toEqual({
      settings: {
        profileRuns: [
          { by: ["Region"], ageBands: [18, 25, 35, 45, 55] },
          { by: ["Birthday"], ageBands: [18, 25, 35, 45, 55] },
          { by: ["Gender", "Category"], ageBands: [18, 25, 35, 45, 55] },
        ],
        churn: { horizonDays: 90, holdoutShare: 0.3, seed: 0, threshold: 0.7 },
      },
      problems: {},
    });
  });

  it("pass typed dates and percentages on as serials and fractions", () => {
    const draft = {
      ...DEFAULT_EXTRA_SETTINGS,
      profileBy: ["Region"],
      asOf: "2024-09-30",
      calibrationEnd: "2024-09-30",
      horizonDays: "180",
      holdoutPercent: "25",
      seed: "7",
      threshold: "0,5",
    };
    const { settings } = parseExtraSettings(draft, both);
    expect(settings?.profileRuns[0]?.asOfSerial).toBe(45565);
    expect(settings?.churn).toEqual({
      horizonDays: 180,
      holdoutShare: 0.25,
      seed: 7,
      threshold: 0.5,
      calibrationEndSerial: 45565,
    });
  });

  it("name each wrong field, and check only the chosen analyses' fields", () => {
    const draft = {
      ...DEFAULT_EXTRA_SETTINGS,
      crossRows: "Gender",
      ageBands: "18, 18",
      asOf: "2024-13-01",
      horizonDays: "1.5",
      calibrationEnd: "30/09/2024",
      holdoutPercent: "100",
      seed: "-1",
      threshold: "0.7x",
    };
    expect(parseExtraSettings(draft, both)).toEqual({
      settings: null,
      problems: {
        cross: "crossIncomplete",
        ageBands: "ageBandsInvalid",
        asOf: "dateInvalid",
        horizonDays: "horizonDaysInvalid",
        calibrationEnd: "dateInvalid",
        holdout: "holdoutInvalid",
        seed: "seedInvalid",
        threshold: "thresholdInvalid",
      },
    });
    expect(
      parseExtraSettings({ ...DEFAULT_EXTRA_SETTINGS, crossRows: "A", crossColumns: "A" }, both).problems,
    ).toEqual({ cross: "crossIncomplete" });
    expect(parseExtraSettings(DEFAULT_EXTRA_SETTINGS, both).problems).toEqual({ profileBy: "byNone" });
    expect(parseExtraSettings(draft, { profile: false, churn: false })).toEqual({
      settings: { profileRuns: [], churn: {} },
      problems: {},
    });
  });

  it("read dates and age bands as typed", () => {
    // 2024-02-29 exists (leap year), 2023-02-29 does not.
    expect([
      dateSerial("2024-02-29"),
      dateSerial("2023-02-29"),
      dateSerial(""),
      dateSerial("2024/01/01"),
    ]).toEqual([45351, null, undefined, null]);
    expect(ageBandEdges("18，25、35 45")).toEqual([18, 25, 35, 45]);
    expect([ageBandEdges(""), ageBandEdges("18, 151"), ageBandEdges("18.5")]).toEqual([null, null, null]);
    expect(bandsText([20, 40, 60])).toBe("20-39, 40-59, 60+");
  });
});

describe("the profile's columns", () => {
  const columns = [
    { name: "Member", role: "memberId", type: "text" },
    { name: "Amount", role: "amount", type: "number" },
    { name: "City", role: "region", type: "text" },
    { name: "DOB", role: "birthday", type: "date" },
    { name: "Channel", role: "channel", type: "text" },
    { name: "Note", role: null, type: "text" },
  ] as const;

  it("offer every column but member, order, date and amount; tick who the member is", () => {
    expect(profileCandidates(columns)).toEqual(["City", "DOB", "Channel", "Note"]);
    expect(defaultProfileColumns(columns)).toEqual(["City", "DOB"]);
    expect(ageKinds(columns, ["City"])).toEqual({ ages: false, birthdays: false });
    expect(ageKinds(columns, ["DOB"])).toEqual({ ages: true, birthdays: true });
  });

  it("are available with a member and an amount; churn also needs order dates", () => {
    const roles = new Set(["memberId", "amount"] as const);
    expect([paneAvailability(roles).profile, paneAvailability(roles).churn]).toEqual([null, "orderDate"]);
    expect(paneAvailability(new Set(["amount"] as const)).profile).toBe("memberId");
  });
});

describe("summary clauses and progress", () => {
  it("state the top group with its numbers and the top-5 share, Unknown in words", () => {
    const facts = {
      analysis: "profile",
      by: "地區",
      groupCount: 3,
      topGroup: null,
      topGroupGmvShare: 0.5,
      topGroupMembers: 1234,
      topGroupMemberShare: 0.25,
      top5GmvShare: 0.5,
    } as const;
    expect(extraClause("zh-CN", facts)).toBe(
      "按地區，未知的 GMV 最高（占 GMV 50%，1,234 位会员，占会员 25%），前 5 大群组占 GMV 50%",
    );
  });

  it("state the holdout AUC, precision and recall at the threshold and the members at risk", () => {
    const facts = {
      analysis: "churn",
      calibrationEnd: "2024-09-30",
      lastDate: "2024-12-31",
      horizonDays: 90,
      members: 120,
      churnShare: 0.58,
      auc: 0.81269,
      treeAuc: 0.8,
      threshold: 0.7,
      precision: 0.875,
      recall: null,
      scoredMembers: 120,
      atRiskMembers: 74,
      droppedFeatures: [],
    } as const;
    expect(extraClause("en", facts)).toBe(
      "churn within 90 days after 2024-09-30: holdout AUC 0.813, precision 87.5% and recall n/a at 0.70; 74 of 120 members at or above it",
    );
    expect(extraClause("zh-TW", facts)).toBe(
      "2024-09-30 之後 90 天內的流失：保留樣本 AUC 0.813，門檻 0.70 時精確率 87.5%、召回率 不適用；120 位會員中 74 位達到門檻",
    );
  });

  it("word the profile's and churn's stages and writes", () => {
    const t = (key: Parameters<typeof membersText>[1], values?: Readonly<Record<string, string | number>>) =>
      membersText("en", key, values);
    expect(paneStageLabel("en", t, "profile:Gender × Category")).toBe("Profile: Gender × Category…");
    expect(paneStageLabel("zh-TW", t, "churn")).toBe("流失預測：訓練模型中…");
    expect(paneStageLabel("en", t, "write:churn")).toBe("Writing: Churn risk…");
    expect(paneStageLabel("en", t, "reading")).toBe("Reading the table…");
  });

  it("use full-width punctuation in every Chinese string", () => {
    const keys = [
      "summary.profile",
      "summary.churn",
      "byHint",
      "calibrationHint",
      "ageBandsStatement",
    ] as const;
    for (const locale of ["zh-TW", "zh-CN"] as const) {
      for (const key of keys) {
        expect(profileChurnText(locale, key)).not.toMatch(/[\u4e00-\u9fff][,:;()]|[,:;(][\u4e00-\u9fff]/);
      }
    }
  });
});
