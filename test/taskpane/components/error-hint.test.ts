/**
 * The pane's error text (issue 12, item 5): a core error with a shared wording is shown in the pane's language;
 * any other keeps the core's message, which after the plain-message rewrite holds no internal name. The Chinese
 * texts are the catalogues' (src/i18n/messages/input-errors.ts, core-errors.ts), written out here.
 */
import { errorMessage, hintFor } from "../../../taskpane/components/error-hint";
import { CoreError } from "../../../src/errors";
import { validateBreakpoints } from "../../../src/rfm/level";
import { recentMembers } from "../../../src/rfm/recency-split";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("errorMessage", () => {
  it("words a missing role in the pane's language, naming the role as the Intake sheet does", () => {
    const error = new CoreError("MISSING_COLUMN", "A column for Order date is needed", {
      argument: "orderDate",
      input: "segment",
    });
    expect(errorMessage(error, "zh-TW")).toBe("會員分群需要「訂單日期」欄位，但未辨識到：請指定。");
  });

  it("words a code of the shared core wordings, also after crossing the worker as a plain object", () => {
    const crossed = { ...(thrown(() => validateBreakpoints([7, 4])) as CoreError) };
    expect(
      errorMessage(
        { name: "CoreError", code: "BREAKPOINTS_NOT_ASCENDING", details: crossed.details },
        "zh-CN",
      ),
    ).toBe("断点必须由小到大：第 2 个断点（4）没有大于 7。");
  });

  it("words every core code in the pane's language, and in English shows the core's own message", () => {
    // recency-split.ts: a cut date after the as-of date (serials 45000 > 44990).
    const error = thrown(() =>
      recentMembers(
        { recencyDays: Float64Array.of(1), lastOrderSerial: null, asOfSerial: 44990 },
        { kind: "cutDate", cutDateSerial: 45000 },
      ),
    );
    expect(errorMessage(error, "zh-TW")).toBe("切分日晚於基準日，因此沒有會員能算作近期會員。");
    expect(errorMessage(error, "en")).toBe(
      "The cut date is after the as-of date, so no member could be recent",
    );
    // After crossing the worker too: the plain object keeps the message.
    expect(errorMessage({ ...(error as CoreError), message: (error as CoreError).message }, "en")).toBe(
      "The cut date is after the as-of date, so no member could be recent",
    );
    expect(hintFor(error)).toBe("hintDefault");
  });

  it("falls back to the error's own message for a code without a wording (a door's own code)", () => {
    // CANCELLED is the pane's own cancel; the core words no such code (core-errors/index.ts).
    const error = new CoreError("CANCELLED", "Cancelled");
    expect(errorMessage(error, "zh-TW")).toBe("Cancelled");
  });
});
