/**
 * memberProfile on test/fixtures/profile/orders-en.csv, written out below as columns, with every expected
 * value worked by hand (README there). The lines, as the definitions read them:
 *
 *   member  orders                         GMV               region (latest)     gender  first-order category
 *   M1      O1 (2 lines, 01-05), O2 (03-01)  100+50+200 = 350  Taipei → Taichung   F       Shoes (O1's upper line)
 *   M2      O3, O4, O5                     80+120+40 = 240   Taipei              M       Toys
 *   M3      O6                             300               Kaohsiung           F       Bags
 *   M4      O7, O8 (blank amount = 0)      60                (blank) Unknown     M       Toys
 *   M5      O9                             150               Tainan              (blank) Shoes
 *   M6      O11 + a line without an order id on the same day (its own order, by day)
 *                                          90+10 = 100       Taipei              F       Bags (upper line)
 *   (no member id)                         left out
 *
 * All: 6 members, 2+3+1+2+1+2 = 11 orders, GMV 1200; repeat buyers M1, M2, M4, M6 = 4.
 */
import { memberProfile } from "../../../src/member/profile";
import type { ProfileColumn } from "../../../src/member/profile-assign";
import { profileGroupValue } from "../../../src/member/profile-group-key";
import type { MemberProfile, ProfileDimension } from "../../../src/member/profile-types";
import { serialOf } from "./serial-of";

const memberIds = ["M1", "M1", "M1", "M2", "M2", "M2", "M3", "M4", "M4", "M5", null, "M6", "M6"];
const orderIds = ["O1", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "O10", "O11", null];
const orderDates = [
  "2024-01-05",
  "2024-01-05",
  "2024-03-01",
  "2024-02-10",
  "2024-02-20",
  "2024-04-02",
  "2024-03-15",
  "2024-01-20",
  "2024-05-01",
  "2024-04-10",
  "2024-04-11",
  "2024-05-20",
  "2024-05-20",
].map(serialOf);
const amounts = [100, 50, 200, 80, 120, 40, 300, 60, null, 150, 999, 90, 10];
const region = [
  "Taipei",
  "Taipei",
  "Taichung",
  "Taipei",
  "Taipei",
  "Taipei",
  "Kaohsiung",
  null,
  "",
  "Tainan",
  "Taipei",
  "Taipei",
  "Taipei",
];
const gender = ["F", "F", "F", "M", "M", "M", "F", "M", "M", null, "F", "F", "F"];
const category = [
  "Shoes",
  "Bags",
  "Bags",
  "Toys",
  "Shoes",
  "Toys",
  "Bags",
  "Toys",
  "Shoes",
  "Shoes",
  "Bags",
  "Bags",
  "Toys",
];
const birthday = [
  "1990-05-10",
  "1990-05-10",
  "1990-05-10",
  "2008-06-01",
  "2008-06-01",
  "2008-06-01",
  "1975-12-31",
  null,
  null,
  "1999-06-02",
  "1980-01-01",
  "1960-02-29",
  "1960-02-29",
].map((iso) => (iso === null ? null : serialOf(iso)));

function profileBy(columns: ProfileColumn[], options = {}): MemberProfile {
  return memberProfile({ memberIds, orderIds, orderDates, amounts, columns }, options);
}

/** [value, members, orders, gmv, repeat buyers] per group, in the profile's order. */
function table(dimension: ProfileDimension | undefined) {
  return (dimension?.groups ?? []).map((group) => [
    profileGroupValue(group.key),
    group.members,
    group.orders,
    group.gmv,
    group.repeatBuyers,
  ]);
}

describe("memberProfile on the hand-made fixture", () => {
  const byRegion = profileBy([{ name: "Region", basis: "value", values: region }]);

  it("totals: 6 members, 11 orders, GMV 1200; 1 line left out, 1 blank amount", () => {
    expect(byRegion.totals).toEqual({
      members: 6,
      buyers: 6,
      orders: 11,
      gmv: 1200,
      aov: 1200 / 11,
      ordersPerBuyer: 11 / 6,
      repeatBuyers: 4,
      repeatBuyerRate: 4 / 6,
    });
    expect([byRegion.usedLines, byRegion.skippedLines, byRegion.blankAmountLines]).toEqual([12, 1, 1]);
  });

  it("region: the member's latest value, most GMV first, Unknown last; M1 moved (one conflicting member)", () => {
    // Taichung M1 350 (2 orders); Taipei M2 + M6 = 240 + 100 = 340 (3 + 2 orders); Kaohsiung M3 300;
    // Tainan M5 150; Unknown M4 60 (2 orders, a repeat buyer).
    const [dimension] = byRegion.dimensions;
    expect(table(dimension)).toEqual([
      ["Taichung", 1, 2, 350, 1],
      ["Taipei", 2, 5, 340, 2],
      ["Kaohsiung", 1, 1, 300, 0],
      ["Tainan", 1, 1, 150, 0],
      [null, 1, 2, 60, 1],
    ]);
    expect(dimension?.conflictingMembers).toBe(1);
    const taipei = dimension?.groups[1];
    // AOV 340 / 5 = 68; orders per buyer 5 / 2; shares 2/6 of members, 340/1200 of GMV.
    expect(taipei).toMatchObject({ buyers: 2, aov: 68, ordersPerBuyer: 2.5, repeatBuyerRate: 1 });
    expect(taipei?.memberShare).toBeCloseTo(2 / 6, 15);
    expect(taipei?.gmvShare).toBeCloseTo(340 / 1200, 15);
    // Top 5 of the 4 known regions: (1200 − 60) / 1200.
    expect(dimension?.top5GmvShare).toBeCloseTo(0.95, 15);
    expect(dimension?.topGroupCount).toBe(4);
  });

  it("the groups add up to all members, orders and GMV", () => {
    const groups = byRegion.dimensions[0]?.groups ?? [];
    const sum = (pick: (group: (typeof groups)[number]) => number) =>
      groups.reduce((total, group) => total + pick(group), 0);
    expect([sum((g) => g.members), sum((g) => g.orders), sum((g) => g.gmv)]).toEqual([6, 11, 1200]);
    expect(sum((g) => g.memberShare)).toBeCloseTo(1, 15);
    expect(sum((g) => g.gmvShare ?? Number.NaN)).toBeCloseTo(1, 15);
  });

  it("first-order category: the category of the member's earliest order, its upper line on a tie", () => {
    const profile = profileBy([{ name: "Category", basis: "firstOrder", values: category }]);
    // Shoes M1 350 + M5 150 = 500 (2 + 1 orders); Bags M3 300 + M6 100 = 400 (1 + 2); Toys M2 240 + M4 60 = 300.
    expect(table(profile.dimensions[0])).toEqual([
      ["Shoes", 2, 3, 500, 1],
      ["Bags", 2, 3, 400, 1],
      ["Toys", 2, 5, 300, 2],
    ]);
    // M1 (Shoes, Bags), M2 (Toys, Shoes), M4 (Toys, Shoes), M6 (Bags, Toys) bought in two categories.
    expect(profile.dimensions[0]?.conflictingMembers).toBe(4);
  });

  it("birthday: age bands on the day after the latest order (2024-05-21), in age order", () => {
    const profile = profileBy([{ name: "Birthday", basis: "birthday", values: birthday }]);
    // M1 born 1990-05-10 → 34; M2 2008-06-01 → 15 (not 16 until 06-01); M3 1975-12-31 → 48;
    // M5 1999-06-02 → 24; M6 1960-02-29 → 64; M4 no birthday. The 35-44 band has nobody and is not listed.
    expect(profile.asOfSerial).toBe(serialOf("2024-05-21"));
    expect(profile.asOfSource).toBe("dayAfterLatestOrder");
    expect(table(profile.dimensions[0])).toEqual([
      ["<18", 1, 3, 240, 1],
      ["18-24", 1, 1, 150, 0],
      ["25-34", 1, 2, 350, 1],
      ["45-54", 1, 1, 300, 0],
      ["55+", 1, 2, 100, 1],
      [null, 1, 2, 60, 1],
    ]);
  });

  it("birthday with an as-of date and bands of your own", () => {
    // On 2024-06-02 M5 turns 25 and M2 16: with bands 16, 30, 50: M2 16-29, M5 16-29, M1 (34) 30-49,
    // M3 (48) 30-49, M6 (64) 50+.
    const profile = profileBy([{ name: "Birthday", basis: "birthday", values: birthday }], {
      asOfSerial: serialOf("2024-06-02"),
      ageBands: [16, 30, 50],
    });
    expect(profile.asOfSource).toBe("given");
    expect(table(profile.dimensions[0])).toEqual([
      ["16-29", 2, 4, 390, 1],
      ["30-49", 2, 3, 650, 1],
      ["50+", 1, 2, 100, 1],
      [null, 1, 2, 60, 1],
    ]);
  });

  it("an age column: ages as given; impossible ages are Unknown and counted", () => {
    const ages = [34, 34, 34, 15, 15, 15, 48, -3, null, 24.5, 40, 64, 200];
    const profile = profileBy([{ name: "Age", basis: "age", values: ages }]);
    // M4's latest age is on its earlier line (−3: impossible); M6's latest line is the lower one (200).
    expect(table(profile.dimensions[0])).toEqual([
      ["<18", 1, 3, 240, 1],
      ["18-24", 1, 1, 150, 0],
      ["25-34", 1, 2, 350, 1],
      ["45-54", 1, 1, 300, 0],
      [null, 2, 4, 160, 2],
    ]);
    expect(profile.dimensions[0]?.invalidAgeMembers).toBe(2);
    expect(profile.dimensions[0]?.conflictingMembers).toBe(1);
  });

  it("cross-tab gender × first-order category: GMV shares that add up to 1", () => {
    const profile = profileBy([
      { name: "Gender", basis: "value", values: gender },
      { name: "Category", basis: "firstOrder", values: category },
    ]);
    // F: M1 Shoes 350, M3 Bags 300, M6 Bags 100; M: M2 Toys 240, M4 Toys 60; Unknown: M5 Shoes 150.
    const crossTab = profile.crossTab;
    expect(crossTab?.rowKeys.map(profileGroupValue)).toEqual(["F", "M", null]);
    expect(crossTab?.columnKeys.map(profileGroupValue)).toEqual(["Shoes", "Bags", "Toys"]);
    const inGmv = (shares: readonly (number | null)[] | undefined) =>
      (shares ?? []).map((s) => (s ?? 0) * 1200);
    expect(crossTab?.gmvShare.map(inGmv)).toEqual([
      [350, 400, 0].map(expect.closeTo),
      [0, 0, 300].map(expect.closeTo),
      [150, 0, 0].map(expect.closeTo),
    ]);
    expect(inGmv(crossTab?.rowTotals)).toEqual([750, 300, 150].map(expect.closeTo));
    expect(inGmv(crossTab?.columnTotals)).toEqual([500, 400, 300].map(expect.closeTo));
    const cells = (crossTab?.gmvShare ?? []).flat() as number[];
    expect(cells.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 15);
  });

  it("a column of blanks is one Unknown group with everyone, not an error; the top 5 holds nothing", () => {
    const profile = profileBy([{ name: "Note", basis: "value", values: memberIds.map(() => null) }]);
    expect(table(profile.dimensions[0])).toEqual([[null, 6, 11, 1200, 4]]);
    expect(profile.dimensions[0]?.top5GmvShare).toBe(0);
    expect(profile.dimensions[0]?.topGroupCount).toBe(0);
  });
});

describe("memberProfile's definitions on small cases", () => {
  it("orders without an order column are distinct order days; without dates each line is an order", () => {
    const columns: ProfileColumn[] = [{ name: "x", basis: "value", values: ["a", "a", "a"] }];
    const days = ["2024-01-01", "2024-01-01", "2024-01-02"].map(serialOf);
    const byDay = memberProfile({ memberIds: [1, 1, 1], amounts: [1, 2, 3], orderDates: days, columns });
    expect(byDay.totals.orders).toBe(2);
    expect(memberProfile({ memberIds: [1, 1, 1], amounts: [1, 2, 3], columns }).totals.orders).toBe(3);
  });

  it("without dates the lowest line with a value decides; a dated line beats an undated one", () => {
    const values = ["North", "South", null];
    const undated = memberProfile({
      memberIds: ["a", "a", "a"],
      amounts: [1, 1, 1],
      columns: [{ name: "x", basis: "value", values }],
    });
    expect(undated.dimensions[0]?.groups.map((g) => profileGroupValue(g.key))).toEqual(["South"]);
    const dated = memberProfile({
      memberIds: ["a", "a", "a"],
      amounts: [1, 1, 1],
      orderDates: [serialOf("2024-02-01"), null, serialOf("2024-01-01")],
      columns: [{ name: "x", basis: "value", values }],
    });
    expect(dated.dimensions[0]?.groups.map((g) => profileGroupValue(g.key))).toEqual(["North"]);
  });

  it("GMV shares are null, not NaN, when all GMV is 0", () => {
    const profile = memberProfile({
      memberIds: ["a", "b"],
      amounts: [0, null],
      columns: [{ name: "x", basis: "value", values: ["p", "q"] }],
    });
    expect(profile.dimensions[0]?.groups.map((g) => [g.gmvShare, g.aov])).toEqual([
      [null, 0],
      [null, 0],
    ]);
    expect(profile.dimensions[0]?.top5GmvShare).toBeNull();
  });

  it.each<[string, string, () => unknown]>([
    ["no column", "PROFILE_BY_INVALID", () => profileBy([])],
    [
      "three columns",
      "PROFILE_BY_INVALID",
      () =>
        profileBy([
          { name: "a", basis: "value", values: region },
          { name: "b", basis: "value", values: gender },
          { name: "c", basis: "value", values: category },
        ]),
    ],
    [
      "one column twice",
      "PROFILE_BY_INVALID",
      () =>
        profileBy([
          { name: "a", basis: "value", values: region },
          { name: "a", basis: "value", values: region },
        ]),
    ],
    [
      "bands not ascending",
      "AGE_BANDS_NOT_ASCENDING",
      () => profileBy([{ name: "a", basis: "value", values: region }], { ageBands: [18, 35, 25] }),
    ],
    [
      "a band of 18.5 years",
      "AGE_BAND_INVALID",
      () => profileBy([{ name: "a", basis: "value", values: region }], { ageBands: [18.5] }),
    ],
    [
      "no bands",
      "AGE_BANDS_EMPTY",
      () => profileBy([{ name: "a", basis: "value", values: region }], { ageBands: [] }),
    ],
    [
      "a column of another length",
      "COLUMN_LENGTH_MISMATCH",
      () => profileBy([{ name: "a", basis: "value", values: ["x"] }]),
    ],
    [
      "birthdays without dates or an as-of date",
      "AS_OF_REQUIRED",
      () =>
        memberProfile({
          memberIds,
          amounts,
          columns: [{ name: "Birthday", basis: "birthday", values: birthday }],
        }),
    ],
    [
      "no member id at all",
      "NO_MEMBERS",
      () =>
        memberProfile({
          memberIds: [null, ""],
          amounts: [1, 2],
          columns: [{ name: "a", basis: "value", values: ["x", "y"] }],
        }),
    ],
  ])("%s → %s", (_case, code, run) => {
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  it("bands not ascending name the edge and the one before it", () => {
    const run = () => profileBy([{ name: "a", basis: "value", values: region }], { ageBands: [18, 35, 25] });
    expect(run).toThrow(expect.objectContaining({ details: { argument: "ageBands", value: 25, bound: 35 } }));
  });
});
