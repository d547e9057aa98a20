/**
 * The profile use case on the fixtures of test/fixtures/profile (README there): the hand-made export with
 * English, 繁體 and 简体 headers (the same lines, values translated; the hand calculation is written out in
 * test/src/member/profile.test.ts), and the 2,171-line synthetic export whose expected profile pandas
 * computed (make_large.py → expected-large.json), for the reconciliation.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { profileAnalysis, type ProfileSettings } from "../../../src/analysis/profile";
import type { Locale } from "../../../src/i18n/locale";
import { profileGroupValue } from "../../../src/member/profile-group-key";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import type { Table } from "../../../src/table/types";
import { fixtureGrid, fixtureTable } from "../../support/csv-table";

const FIXTURES = "test/fixtures/profile";
const runRecord = {
  inputAddress: "orders.csv",
  rowCount: 0,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2026-12-05T00:00:00.000Z",
};

function run(table: Table, settings: ProfileSettings, locale: Locale = "en") {
  return profileAnalysis(table, settings, { locale, runRecord });
}

/** [value, members, orders, gmv] per group of the first column. */
function groups(table: Table, settings: ProfileSettings) {
  return run(table, settings).result.profile.dimensions.map((dimension) =>
    dimension.groups.map((group) => [profileGroupValue(group.key), group.members, group.orders, group.gmv]),
  );
}

describe.each([
  [
    "orders-en.csv",
    ["Region", "Gender", "Birthday", "Category", "Level"],
    ["Taichung", "Taipei", "Kaohsiung", "Tainan"],
    ["F", "M"],
    ["Shoes", "Bags", "Toys"],
    ["Gold", "Silver"],
  ],
  [
    "orders-zh-TW.csv",
    ["地區", "性別", "生日", "類別", "會員等級"],
    ["台中市", "台北市", "高雄市", "台南市"],
    ["女", "男"],
    ["鞋", "包", "玩具"],
    ["金卡", "銀卡"],
  ],
  [
    "orders-zh-CN.csv",
    ["城市", "性别", "出生日期", "类目", "会员等级"],
    ["台中", "台北", "高雄", "台南"],
    ["女", "男"],
    ["鞋", "包", "玩具"],
    ["金卡", "银卡"],
  ],
])("%s: one hand calculation in three languages", (file, columns, regions, genders, categories, levels) => {
  const table = fixtureTable(`${FIXTURES}/${file}`);
  const [region, gender, birthday, category, level] = columns as [string, string, string, string, string];

  it("recognises the member, order, date, amount and attribute columns", () => {
    expect(table.columns.map((column) => column.role)).toEqual([
      "memberId",
      "orderId",
      "orderDate",
      "amount",
      "region",
      "gender",
      "birthday",
      "category",
      "membershipLevel",
    ]);
  });

  it("region (latest value), gender and level: members, orders, GMV per group", () => {
    expect(groups(table, { by: [region] })).toEqual([
      [
        [regions[0], 1, 2, 350],
        [regions[1], 2, 5, 340],
        [regions[2], 1, 1, 300],
        [regions[3], 1, 1, 150],
        [null, 1, 2, 60],
      ],
    ]);
    // Level: Gold M1 + M3 + M6 = 350 + 300 + 100, Silver M2 + M5 = 240 + 150, Unknown M4.
    expect(groups(table, { by: [gender, level] })).toEqual([
      [
        [genders[0], 3, 5, 750],
        [genders[1], 2, 5, 300],
        [null, 1, 1, 150],
      ],
      [
        [levels[0], 3, 5, 750],
        [levels[1], 2, 4, 390],
        [null, 1, 2, 60],
      ],
    ]);
  });

  it("the category column counts on the member's first order; the birthday column is banded by age", () => {
    expect(groups(table, { by: [category, birthday] })).toEqual([
      [
        [categories[0], 2, 3, 500],
        [categories[1], 2, 3, 400],
        [categories[2], 2, 5, 300],
      ],
      [
        ["<18", 1, 3, 240],
        ["18-24", 1, 1, 150],
        ["25-34", 1, 2, 350],
        ["45-54", 1, 1, 300],
        ["55+", 1, 2, 100],
        [null, 1, 2, 60],
      ],
    ]);
  });

  it("rows and facts", () => {
    const { result } = run(table, { by: [region] });
    expect(result.rows).toEqual({ read: 13, used: 12, skipped: 1 });
    expect(result.facts).toEqual({
      analysis: "profile",
      by: region,
      groupCount: 5,
      topGroup: regions[0],
      topGroupGmvShare: 350 / 1200,
      // M1 alone, of the 6 members.
      topGroupMembers: 1,
      topGroupMemberShare: 1 / 6,
      top5GmvShare: 1140 / 1200,
    });
  });
});

describe("reconciliation on the 2,171-line export (pandas oracle, expected-large.json)", () => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected-large.json"), "utf8")) as {
    rows: { read: number; used: number; skipped: number };
    totals: { members: number; orders: number; gmv: number; repeatBuyers: number };
    blankAmountRows: number;
    byRegion: Record<string, { members: number; orders: number; gmv: number; repeatBuyers: number }>;
    byGender: Record<string, { members: number; orders: number; gmv: number; repeatBuyers: number }>;
    membersWithSeveralRegions: number;
  };
  const { result } = run(fixtureTable(`${FIXTURES}/orders-large.csv`), { by: ["Region", "Gender"] });
  const { profile } = result;

  it("rows, totals and blank amounts are pandas'", () => {
    expect(result.rows).toEqual(expected.rows);
    const { members, orders, gmv, repeatBuyers } = profile.totals;
    expect({ members, orders, repeatBuyers }).toEqual({
      members: expected.totals.members,
      orders: expected.totals.orders,
      repeatBuyers: expected.totals.repeatBuyers,
    });
    expect(gmv).toBeCloseTo(expected.totals.gmv, 6);
    expect(profile.blankAmountLines).toBe(expected.blankAmountRows);
  });

  it.each([
    [0, "byRegion"],
    [1, "byGender"],
  ] as const)("dimension %i equals pandas' %s group by group", (index, key) => {
    const dimension = profile.dimensions[index];
    const got = Object.fromEntries(
      (dimension?.groups ?? []).map((group) => [
        profileGroupValue(group.key) ?? "(unknown)",
        { members: group.members, orders: group.orders, gmv: group.gmv, repeatBuyers: group.repeatBuyers },
      ]),
    );
    const oracle = expected[key];
    expect(Object.keys(got).sort()).toEqual(Object.keys(oracle).sort());
    for (const [name, values] of Object.entries(oracle)) {
      expect({ ...got[name], gmv: 0 }).toEqual({ ...values, gmv: 0 });
      expect(got[name]?.gmv).toBeCloseTo(values.gmv, 6);
    }
  });

  it("Σ groups = all members, orders and GMV in each column and in the cross-tab", () => {
    for (const dimension of profile.dimensions) {
      const sum = (pick: (group: (typeof dimension.groups)[number]) => number) =>
        dimension.groups.reduce((total, group) => total + pick(group), 0);
      expect(sum((group) => group.members)).toBe(profile.totals.members);
      expect(sum((group) => group.orders)).toBe(profile.totals.orders);
      expect(sum((group) => group.gmv)).toBeCloseTo(profile.totals.gmv, 6);
    }
    const cells = (profile.crossTab?.gmvShare ?? []).flat() as number[];
    expect(cells.reduce((total, share) => total + share, 0)).toBeCloseTo(1, 12);
  });

  it("counts the members whose region changed, as pandas does", () => {
    expect(profile.dimensions[0]?.conflictingMembers).toBe(expected.membersWithSeveralRegions);
  });
});

describe("bad and odd inputs", () => {
  const table = fixtureTable(`${FIXTURES}/orders-en.csv`);

  it("an unknown --by column names the column and the table's columns", () => {
    expect(() => run(table, { by: ["Regio"] })).toThrow(
      expect.objectContaining({
        code: "UNKNOWN_COLUMN",
        details: expect.objectContaining({ argument: "by", value: "Regio" }),
      }),
    );
  });

  it("a --by column whose every value is blank is one Unknown group, not an error", () => {
    const grid = fixtureGrid(`${FIXTURES}/orders-en.csv`);
    const withNote = tableFromGrid({
      values: grid.values.map((row, index) => [...row, index === 0 ? "Note" : null]),
    });
    expect(groups(withNote, { by: ["Note"] })).toEqual([[[null, 6, 11, 1200]]]);
  });

  it("a table without a member column says which role is missing", () => {
    const grid = fixtureGrid(`${FIXTURES}/orders-en.csv`);
    const noMember = tableFromGrid({ values: grid.values.map((row) => row.slice(1)) });
    expect(() => run(noMember, { by: ["Region"] })).toThrow(
      expect.objectContaining({
        code: "MISSING_COLUMN",
        details: { argument: "memberId", input: "memberProfile" },
      }),
    );
  });

  it("age bands not ascending", () => {
    expect(() => run(table, { by: ["Birthday"], ageBands: [18, 25, 25] })).toThrow(
      expect.objectContaining({ code: "AGE_BANDS_NOT_ASCENDING" }),
    );
  });

  it("states its settings in the sheet's run record", () => {
    const sheet = run(table, { by: ["Gender", "Birthday"] }).sheets()[0];
    expect(sheet?.runRecord.parameters).toEqual({
      analysis: "profile",
      by: "Gender, Birthday",
      ageBands: "18, 25, 35, 45, 55",
    });
  });
});
