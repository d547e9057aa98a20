import { accumulateMemberSpans } from "../../../src/clv/member-spans";

describe("accumulateMemberSpans", () => {
  it("starts at the earliest registration or first order, whichever is first, and drops the time of day", () => {
    // A registered on day 45005, after a guest order on 45002: the start is the order (45002).
    // B registered on 45000 (given on one line only), ordered 45003 and 45009.75: start 45000, last 45009.
    expect(
      accumulateMemberSpans({
        memberIds: ["A", "B", "A", "B"],
        orderDateSerials: [45002.4, 45003, 45007, 45009.75],
        amounts: [10, 20, 30, 40],
        registrationDateSerials: [45005, null, 45005, 45000],
      }),
    ).toEqual([
      { memberId: "A", startDay: 45002, lastDay: 45007, spend: 40 },
      { memberId: "B", startDay: 45000, lastDay: 45009, spend: 60 },
    ]);
  });

  it("names the row of a bad registration date", () => {
    expect(() =>
      accumulateMemberSpans({
        memberIds: ["A", "A"],
        orderDateSerials: [1, 2],
        amounts: [1, 1],
        registrationDateSerials: [null, Number.NaN],
      }),
    ).toThrow(
      expect.objectContaining({
        code: "SIMPLE_CLV_ORDER_INVALID",
        message: expect.stringContaining("row 2"),
      }),
    );
  });
});
