import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { REPO_ROOT, runInProcess, spawnCli } from "../support/cli";

// The member commands on test/fixtures/member-cli/orders.csv (see its README). Every expected number below is
// worked out by hand from that file's 13 member rows (the row without a member id is left out: skippedRows 1):
//
//   member  orders (lines)                      purchase days             coupon used  revenue
//   A       O1 (2 lines), O2, O3                01-04, 01-11, 02-01       O1, O3       100+20+50+150 = 320
//   B       O4, O5                              01-06, 01-20              O5           80+40 = 120
//   C       O6, O7, O8                          02-03, 03-03 (O7, O8)     none         200+60+30 = 290
//   D       O9                                  02-14                     O9           30
//   E       O10, O11, O13                       03-01, 03-06 (O11, O13)   O11          10+10+10 = 30
//
// The spawned cases run the real entry (bin/commerce-analytics.cjs → tsx → cli/main.ts), about a second
// each, so there is one per command plus one bad input; the rest runs in-process through runCli.
const orders = path.join("test/fixtures/member-cli", "orders.csv");
const onePurchaseDay = path.join("test/fixtures/member-cli", "one-purchase-day.csv");

function spawnJson(...args: string[]): Record<string, unknown> {
  const result = spawnCli(...args, "--json");
  expect([result.status, result.stderrLines]).toEqual([0, []]);
  return result.json<Record<string, unknown>>();
}

describe("member commands (spawned)", () => {
  it("cycle prints the summary and each member's cycle", () => {
    const json = spawnJson("cycle", "--input", orders);
    // Cycles (last two distinct purchase days): A 02-01 − 01-11 = 21, B 14, C 03-03 − 02-03 = 28, E 5, D none.
    // Sorted 5, 14, 21, 28: mean 68 / 4 = 17; R type 7 Q1 at position 1.75 → 5 + 0.75 × 9 = 11.75;
    // median (14 + 21) / 2 = 17.5; Q3 at 3.25 → 21 + 0.25 × 7 = 22.75; lapsed ⌈22.75 + 1.5 × 11⌉ = ⌈39.25⌉ = 40.
    expect(json.summary).toEqual({
      members: 5,
      membersWithCycle: 4,
      singleDayMembers: 1,
      mean: 17,
      min: 5,
      q1: 11.75,
      median: 17.5,
      q3: 22.75,
      max: 28,
      lapsedAfterDays: 40,
      skippedRows: 1,
    });
    expect(json.members).toEqual([
      { memberId: "A", purchaseDays: 3, lastPurchaseDate: "2021-02-01", cycleDays: 21 },
      { memberId: "B", purchaseDays: 2, lastPurchaseDate: "2021-01-20", cycleDays: 14 },
      { memberId: "C", purchaseDays: 2, lastPurchaseDate: "2021-03-03", cycleDays: 28 },
      { memberId: "D", purchaseDays: 1, lastPurchaseDate: "2021-02-14", cycleDays: null },
      { memberId: "E", purchaseDays: 2, lastPurchaseDate: "2021-03-06", cycleDays: 5 },
    ]);
    expect(json.categories).toBeNull();
  });

  it("pareto --top 40% gives the revenue share of the top members", () => {
    const json = spawnJson("pareto", "--input", orders, "--top", "40%");
    // Revenues 320, 290, 120, 30, 30 (total 790); top ⌈0.4 × 5⌉ = 2 members: (320 + 290) / 790.
    // Gini = 2 Σ i·y / (n Σ y) − (n + 1) / n with y ascending 30, 30, 120, 290, 320:
    // Σ i·y = 30 + 60 + 360 + 1160 + 1600 = 3210 → 6420 / 3950 − 1.2 = 0.4253164…
    expect(json).toMatchObject({ customers: 5, top: 0.4, topMembers: 2, topRevenue: 610, totalRevenue: 790 });
    expect(json.revenueShare).toBeCloseTo(610 / 790, 12);
    expect(json.gini).toBeCloseTo(6420 / 3950 - 1.2, 12);
    const lorenz = json.lorenz as { memberShare: number; revenueShare: number }[];
    expect(lorenz.map((point) => point.revenueShare * 790)).toEqual(
      [0, 30, 60, 180, 470, 790].map(expect.closeTo),
    );
  });

  it("cohorts prints the retention triangle, monthly activity and the member overview", () => {
    const json = spawnJson("cohorts", "--input", orders);
    // First-order months: A, B January; C, D February; E March. A is back in February, C in March.
    expect(json.cohorts).toEqual([
      { cohort: "2021-01", members: 2, activeMembers: [2, 1, 0], retention: [1, 0.5, 0] },
      { cohort: "2021-02", members: 2, activeMembers: [2, 1], retention: [1, 0.5] },
      { cohort: "2021-03", members: 1, activeMembers: [1], retention: [1] },
    ]);
    // Lapsed: ordered last month, not this one (February: B; March: A and D).
    expect(json.activity).toEqual([
      { month: "2021-01", active: 2, new: 2, returning: 0, retained: 0, lapsed: 0 },
      { month: "2021-02", active: 3, new: 2, returning: 1, retained: 1, lapsed: 1 },
      { month: "2021-03", active: 2, new: 1, returning: 1, retained: 1, lapsed: 2 },
    ]);
    // Registered by month end: A (2020-12), B, C (January), D (February); E never. January: A, B order
    // (B registered that month) of 3 registered; February: A, C, D of 4; March: C (and unregistered E) of 4.
    const overview = json.overview as Record<string, unknown>[];
    expect(
      overview.map((m) => [m.month, m.registeredMembers, m.newRegistrations, m.orderingMembers]),
    ).toEqual([
      ["2021-01", 3, 2, 2],
      ["2021-02", 4, 1, 3],
      ["2021-03", 4, 0, 2],
    ]);
    expect(overview.map((m) => [m.newOrdering, m.existingOrdering, m.unregisteredOrdering])).toEqual([
      [1, 1, 0],
      [1, 2, 0],
      [0, 1, 1],
    ]);
    expect(overview.map((m) => m.orderingShare)).toEqual([2 / 3, 3 / 4, 1 / 4]);
  });

  it("sensitivity tags members by the quartiles of their coupon shares", () => {
    const json = spawnJson("sensitivity", "--input", orders);
    // Shares: A 2/3, B 1/2, C 0/3, D 1/1, E 1/3 → sorted 0, 1/3, 1/2, 2/3, 1: Q1 = 1/3, Q3 = 2/3 (exact
    // positions 2 and 4). A ≥ Q3 high, B mid, C ≤ Q1 low, D high, E ≤ Q1 low. Orders with a coupon: 5 of 12.
    const promotion = json.promotion as Record<string, unknown>;
    expect(promotion.members).toEqual([
      { memberId: "A", orders: 3, promotedOrders: 2, promotedShare: 2 / 3, tag: "high" },
      { memberId: "B", orders: 2, promotedOrders: 1, promotedShare: 1 / 2, tag: "mid" },
      { memberId: "C", orders: 3, promotedOrders: 0, promotedShare: 0, tag: "low" },
      { memberId: "D", orders: 1, promotedOrders: 1, promotedShare: 1, tag: "high" },
      { memberId: "E", orders: 3, promotedOrders: 1, promotedShare: 1 / 3, tag: "low" },
    ]);
    expect(promotion).toMatchObject({
      q1Share: 1 / 3,
      q3Share: 2 / 3,
      tagCounts: { low: 2, mid: 1, high: 2 },
    });
    expect(promotion.overallPromotedShare).toBeCloseTo(5 / 12, 12);
    expect(json.price).toBeNull();
  });

  it("timing counts orders by weekday and hour, day-parts and channels", () => {
    const json = spawnJson("timing", "--input", orders);
    // Mondays: O1 10:15, O2 20:30, O3 09:00, O10 08:05; Wednesdays: O4 13:00, O5 14:30, O6 19:45, O7 21:10,
    // O8 22:00; Sunday: O9 11:00; Saturday: O11 16:40, O13 18:00.
    expect(json).toMatchObject({ orderCount: 12, weekdayOrders: [1, 4, 0, 5, 0, 0, 2], hasTimeOfDay: true });
    const hours = json.weekdayHourOrders as number[][];
    const busyHours = hours.map((row) => row.flatMap((count, hour) => (count > 0 ? [hour] : [])));
    expect(busyHours).toEqual([[11], [8, 9, 10, 20], [], [13, 14, 19, 21, 22], [], [], [16, 18]]);
    // A: morning 2, evening 1; B afternoon 2; C evening 3; D morning; E one each → tie to the latest (18:00).
    const dayParts = json.dayParts as { members: { preferred: string }[]; preferredCounts: unknown };
    expect(dayParts.members.map((member) => member.preferred)).toEqual([
      "morning",
      "afternoon",
      "evening",
      "morning",
      "evening",
    ]);
    // An order's channel is its first line's: app O1 O3 O6 O7 O10 O13 (120+150+200+60+10+10 = 550),
    // web O2 O4 O5 O8 O11 (50+80+40+30+10 = 210), store O9 (30).
    const channels = (json.channels as { channels: Record<string, unknown>[] }).channels;
    expect(
      channels.map(({ channel, orders: count, revenue, members }) => [channel, count, revenue, members]),
    ).toEqual([
      ["app", 6, 550, 3],
      ["web", 5, 210, 4],
      ["store", 1, 30, 1],
    ]);
  });

  it("exits 2 with one line naming the file when nobody bought on two different days", () => {
    const result = spawnCli("cycle", "--input", onePurchaseDay, "--json");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderrLines).toEqual([
      `commerce-analytics: ${onePurchaseDay}: At least one member who bought on two different days is needed`,
    ]);
  });
});

describe("member commands (in-process)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "member-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the result sheets with --out and prints the tables as text", async () => {
    const out = path.join(dir, "timing.xlsx");
    const { status, stdout, stderr } = await runInProcess(
      "timing",
      "--input",
      path.join(REPO_ROOT, orders),
      "--out",
      out,
    );
    expect([status, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(/Orders by weekday:\n {2}Weekday +Orders +Share of orders\n {2}Sunday +1 +8\.3%/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Timing", "Channel mix"]);
  });

  it("localises the text with --locale", async () => {
    const { stdout } = await runInProcess(
      "sensitivity",
      "--input",
      path.join(REPO_ROOT, orders),
      "--locale",
      "zh-TW",
    );
    expect(stdout).toContain("促銷敏感度");
    expect(stdout).toMatch(/\n {2}B +2 +1 +50\.0% +中\n/);
  });

  it("leaves out the hours, day-parts and channels the file does not have", async () => {
    const { stdout } = await runInProcess(
      "timing",
      "--input",
      path.join(REPO_ROOT, onePurchaseDay),
      "--json",
    );
    // 2021-01-05 is a Tuesday, 01-06 a Wednesday (M2's two rows are two orders: no order id), 01-09 a Saturday.
    expect(JSON.parse(stdout)).toMatchObject({
      orderCount: 4,
      weekdayOrders: [0, 0, 1, 2, 0, 0, 1],
      weekdayHourOrders: null,
      hasTimeOfDay: false,
      dayParts: null,
      channels: null,
    });
  });

  it.each([
    [
      ["pareto", "--top", "1.5"],
      '--top must be a share above 0 and at most 1, such as 0.2 or 20% (got "1.5")',
    ],
    [["pareto", "--top", "x"], '--top must be a share above 0 and at most 1, such as 0.2 or 20% (got "x")'],
    [["sensitivity", "--discount-convention", "half"], "--discount-convention must be one of paidRatio"],
    [["sensitivity", "--input", onePurchaseDay], "sensitivity requires a coupon or discount column"],
  ])("exits 2 with one line for %j", async (args, expected) => {
    const argv = args.includes("--input") ? args : [...args, "--input", orders];
    const { status, stdout, stderr } = await runInProcess(
      ...argv.map((arg) => (arg.endsWith(".csv") ? path.join(REPO_ROOT, arg) : arg)),
    );
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain(expected);
  });

  it("exits 2 naming the missing column", async () => {
    const noAmount = path.join(dir, "no-amount.csv");
    writeFileSync(noAmount, "Member,Order Date\nM1,2021-01-05\n");
    const { status, stderr } = await runInProcess("pareto", "--input", noAmount);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^commerce-analytics: .*no-amount\.csv: A column for Amount is needed \(/);
  });
});
