import fc from "fast-check";
import { isCoreError } from "../../../src/errors";
import { quoteIdentifier } from "../../../src/sql/quote-identifier";
import { quoteString } from "../../../src/sql/quote-literal";
import type { SqlEngine } from "./engine";

/** Text that tests quoting: quotes of every dialect, backslashes, newlines, Chinese, anything else. */
export const trickyText = fc.oneof(
  fc
    .array(
      fc.constantFrom(
        "'",
        '"',
        "`",
        "\\",
        "\n",
        "\r",
        "\t",
        "會員編號",
        "Order Date",
        "--",
        "/*",
        "$$",
        "e'",
        " ",
        "x",
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((parts) => parts.join("")),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
);

/**
 * Runs `runs` random texts through quoteString and quoteIdentifier on a real engine: the literal selects back
 * as the same text, and a table column created under the quoted name is read back under that name. A text the
 * layer refuses (U+0000, an unpaired surrogate, a name the dialect cannot hold) must be refused with
 * SQL_TEXT_INVALID / SQL_IDENTIFIER_INVALID, never changed.
 */
export async function checkQuotingRoundTrip(engine: SqlEngine, runs: number): Promise<void> {
  let table = 0;
  await fc.assert(
    fc.asyncProperty(trickyText, async (text) => {
      const literal = refusedOr(() => quoteString(engine.dialect, text), "SQL_TEXT_INVALID");
      if (literal !== null) {
        const [row] = await engine.query(`SELECT ${literal} AS round_trip`);
        expect(row?.round_trip).toBe(text);
      }
      const column = refusedOr(() => quoteIdentifier(engine.dialect, text), "SQL_IDENTIFIER_INVALID");
      if (column !== null) {
        const name = `quoting_${++table}`;
        await engine.query(`CREATE TABLE ${name} (${column} INTEGER)`);
        await engine.query(`INSERT INTO ${name} VALUES (7)`);
        const [row] = await engine.query(`SELECT ${column} FROM ${name}`);
        expect(row).toEqual({ [text]: 7 });
        await engine.query(`DROP TABLE ${name}`);
      }
    }),
    { numRuns: runs, seed: 15 },
  );
}

function refusedOr(quote: () => string, code: string): string | null {
  try {
    return quote();
  } catch (error) {
    if (isCoreError(error) && error.code === code) return null;
    throw error;
  }
}
