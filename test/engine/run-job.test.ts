import { CoreError } from "../../src/errors";
import { EngineError } from "../../engine/engine-error";
import type { JobKind } from "../../engine/protocol";
import { runJob, serializeError } from "../../engine/run-job";

const context = { progress: () => {}, isCancelled: () => false };

describe("runJob", () => {
  test("rejects an unknown job kind with a plain Error naming it", async () => {
    await expect(runJob("nope" as JobKind, {}, context)).rejects.toThrow("Unknown job kind: nope");
  });

  test("passes the job's own CoreError through", async () => {
    // A header-only grid: tableFromGrid documents NO_DATA_ROWS.
    const request = { grid: { values: [["Customer ID"]] }, roleChoices: {}, locale: "en" };
    await expect(runJob("intake", request, context)).rejects.toMatchObject({
      name: "CoreError",
      code: "NO_DATA_ROWS",
    });
  });
});

describe("serializeError", () => {
  test("keeps a CoreError's code and message", () => {
    const error = new CoreError("MISSING_COLUMN", "segment requires a memberId column");
    expect(serializeError(error)).toEqual({
      code: "MISSING_COLUMN",
      message: "segment requires a memberId column",
    });
  });

  test("keeps the code of a CoreError that crossed a boundary as a plain object", () => {
    const crossed = { name: "CoreError", code: "NO_DATA_ROWS", message: "tableFromGrid requires rows" };
    expect(serializeError(crossed)).toEqual({ code: "NO_DATA_ROWS", message: "tableFromGrid requires rows" });
  });

  test("keeps a CoreError's details, through an EngineError and structured cloning", () => {
    const error = new CoreError("AS_OF_BEFORE_LAST_ORDER", "rfmFromOrders: the as-of date is too early", {
      argument: "asOfSerial",
      value: "2006-12-01",
      bound: "2006-12-30",
    });
    const crossed = new EngineError(structuredClone(serializeError(error)));
    expect(crossed.details).toEqual({ argument: "asOfSerial", value: "2006-12-01", bound: "2006-12-30" });
  });

  test("an EngineError serializes back to the same code and message", () => {
    const error = new EngineError({ code: "CANCELLED", message: "The run was cancelled." });
    expect(serializeError(error)).toEqual({ code: "CANCELLED", message: "The run was cancelled." });
  });

  test("any other Error becomes INTERNAL with its message; a thrown non-Error becomes INTERNAL text", () => {
    expect(serializeError(new TypeError("x is undefined"))).toEqual({
      code: "INTERNAL",
      message: "x is undefined",
    });
    expect(serializeError("plain text")).toEqual({ code: "INTERNAL", message: "plain text" });
    expect(serializeError(42)).toEqual({ code: "INTERNAL", message: "42" });
  });

  test("the serialized shape survives structured cloning (it crosses postMessage)", () => {
    const serialized = serializeError(new CoreError("NO_DATA_ROWS", "tableFromGrid requires rows"));
    expect(structuredClone(serialized)).toEqual(serialized);
  });
});
