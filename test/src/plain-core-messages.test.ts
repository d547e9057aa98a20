import * as path from "node:path";
import {
  coreErrorMessages,
  coreErrorMessagesIn,
  type CoreErrorMessage,
} from "../support/core-error-messages";

/*
 * Issue 12, item 5: no internal name reaches the user, in any language. A door shows the core's English message
 * for every code it does not word itself, so each message in src/ must read as plain words: no core function
 * leading it ("rfmFromMemberTable requires …", "thresholdLevel: …"), no camelCase or snake_case word anywhere in
 * its text ("(cutDateSerial)", "maxBins", "t_x"). Interpolated keys go through src/plain-name.ts.
 */

/** Words that look like code but are what the user reads; none are needed today. */
const ALLOWED_WORDS: readonly string[] = [];

const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/g;
const SNAKE_CASE = /\b[a-z]+_[a-z0-9_]+\b/g;
/** "<identifier>: …" or "<identifier> requires …" at the start: the core's former "<function> …" format. */
const LEADING_IDENTIFIER = /^[a-z][A-Za-z0-9]*(?=: | requires )/;

/** The faults of one message, as "file:line word" lines. */
function faultsOf(message: CoreErrorMessage): string[] {
  const where = `${message.file}:${message.line}`;
  const words = message.parts
    .flatMap((part) => [...part.matchAll(CAMEL_CASE), ...part.matchAll(SNAKE_CASE)].map((match) => match[0]))
    .filter((word) => !ALLOWED_WORDS.includes(word))
    .map((word) => `${where} ${word}`);
  const leading = message.startsWithLiteral ? LEADING_IDENTIFIER.exec(message.parts[0] ?? "") : null;
  return leading === null ? words : [`${where} leads with ${leading[0]}`, ...words];
}

describe("core error messages in plain words", () => {
  const messages = coreErrorMessages(path.resolve(__dirname, "../.."), "src");

  it("finds the core's messages (the scan reads every file of src/)", () => {
    // 250 `new CoreError` sites with a message argument when this test was written (grep -c over src/).
    expect(messages.length).toBeGreaterThanOrEqual(240);
  });

  it("no message leads with a function name or holds a camelCase or snake_case word", () => {
    expect(messages.flatMap(faultsOf)).toEqual([]);
  });

  it("the check catches each old form of message", () => {
    const old = [
      'throw new CoreError("NO_MEMBER_ROWS", "rfmFromMemberTable requires at least one member row");',
      'throw new CoreError("BREAKPOINT_NOT_FINITE", `thresholdLevel: breakpoint ${index + 1} is not a number`);',
      'throw new CoreError("CUT_DATE_AFTER_AS_OF", "the cut date is after the as-of date (cutDateSerial)");',
      'throw new CoreError("BTYD_CUSTOMER_INVALID", `recency t_x is above age T (${age})`);',
      'throw new CoreError("X", ok ? "fine" : `bins: ${n} above maxBins`);',
    ].join("\n");
    expect(coreErrorMessagesIn(old, "probe.ts").flatMap(faultsOf)).toEqual([
      "probe.ts:1 leads with rfmFromMemberTable",
      "probe.ts:1 rfmFromMemberTable",
      "probe.ts:2 leads with thresholdLevel",
      "probe.ts:2 thresholdLevel",
      "probe.ts:3 cutDateSerial",
      "probe.ts:4 t_x",
      "probe.ts:5 maxBins",
    ]);
  });

  it("passes plain messages, interpolations included", () => {
    const plain = [
      'throw new CoreError("NO_MEMBER_ROWS", "At least one member row is needed");',
      'throw new CoreError("BREAKPOINT_NOT_FINITE", `Breakpoint ${index + 1} is not a number`);',
      'throw new CoreError("COLUMN_LENGTH_MISMATCH", `The ${plainName(name)} column has ${n} rows`);',
      'throw new CoreError("X", shape === "perMember" ? "One row per order line is needed" : "One row per member");',
    ].join("\n");
    expect(coreErrorMessagesIn(plain, "probe.ts").flatMap(faultsOf)).toEqual([]);
  });
});
