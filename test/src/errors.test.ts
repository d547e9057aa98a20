import { CoreError, isCoreError, messageInTermsOf } from "../../src/errors";

describe("messageInTermsOf", () => {
  it("puts the door's operation where the core function leads a ': ' message", () => {
    const error = new CoreError(
      "NO_USABLE_ORDER_ROWS",
      "rfmFromOrders: none of the 1 rows is usable (blank member id 1, unparseable date 0, missing amount 0, blank order id 0)",
    );
    expect(messageInTermsOf(error, "RFM.TABLE")).toBe(
      "RFM.TABLE: none of the 1 rows is usable (blank member id 1, unparseable date 0, missing amount 0, blank order id 0)",
    );
  });

  it("and where it leads a 'requires' message", () => {
    const error = new CoreError("K_INVALID", "elbowSweep requires whole numbers 1 ≤ kMin ≤ kMax (got 3..2)");
    expect(messageInTermsOf(error, "KMEANS.ELBOW")).toBe(
      "KMEANS.ELBOW requires whole numbers 1 ≤ kMin ≤ kMax (got 3..2)",
    );
  });

  it("keeps a message a door wrote in its own terms", () => {
    const error = new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      "the three ranges must be the same size (got a 2×1, b 3×1)",
    );
    expect(messageInTermsOf(error, "RFM.TABLE")).toBe(
      "the three ranges must be the same size (got a 2×1, b 3×1)",
    );
    const cells = new CoreError("CELL_NOT_NUMBER", "order_dates row 3: not a date");
    expect(messageInTermsOf(cells, "RFM.TABLE")).toBe("order_dates row 3: not a date");
  });

  it("works on an error that crossed the worker as a plain object", () => {
    const crossed: unknown = {
      name: "CoreError",
      code: "K_INVALID",
      message: "kmeans: k = 0 is not allowed",
      details: {},
    };
    expect(isCoreError(crossed) && messageInTermsOf(crossed, "KMEANS.LABELS")).toBe(
      "KMEANS.LABELS: k = 0 is not allowed",
    );
  });
});
