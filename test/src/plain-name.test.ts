import { plainName } from "../../src/plain-name";

describe("plainName", () => {
  it("reads a column role as the Intake sheet names it, in lower case", () => {
    // src/i18n/messages/table.ts: role.orderDate is "Order date", role.memberId "Member ID".
    expect(plainName("orderDate")).toBe("order date");
    expect(plainName("memberId")).toBe("member id");
  });

  it("splits any other key at its capitals and reads serials as the dates they hold", () => {
    expect(plainName("memberIds")).toBe("member ids");
    expect(plainName("orderDateSerials")).toBe("order dates");
    expect(plainName("holdoutShare")).toBe("holdout share");
    expect(plainName("amounts")).toBe("amounts");
  });

  it("spells the keys whose split words would still read as code", () => {
    expect(plainName("asOfSerial")).toBe("as-of date");
    expect(plainName("cutDateSerial")).toBe("cut date");
    expect(plainName("horizonDays")).toBe("horizon (days)");
  });

  it("property: the result never holds a capital after a lower-case letter (no camelCase survives)", () => {
    for (const key of ["aB", "couponAmounts", "registrationDateSerials", "maxIterations", "x1Y2"]) {
      expect(plainName(key)).not.toMatch(/[a-z0-9][A-Z]/);
    }
  });
});
