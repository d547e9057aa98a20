import type { NumberStyle } from "./parse-number";
import { parseNumberText } from "./parse-number";

/**
 * How a number column's text cells are read: in one style, or "mixed" when some cells only read as
 * "1,234.5" and others only as "1.234,5" — then only cells that read the same either way ("12", "1 234")
 * are kept and every other one is reported unparseable, because any choice would give some cells a
 * plausible wrong value.
 */
export type NumberReading = NumberStyle | "mixed";

/** What one text cell says about its column's style. */
export type NumberStyleEvidence = NumberStyle | "ambiguous";

export interface NumberStyleContext {
  /** The user's style: no detection. */
  readonly forced?: NumberStyle;
  /**
   * Delimiter of the CSV the cells came from, if any. ";" makes "comma" the style of a column that no
   * cell decides (the exports of Excel with a European list separator). "," means a bare decimal comma
   * ("10,25", no dot thousands) does not decide a column: a comma-separated file that quotes "12,34" holds
   * a typo as often as a decimal, so such cells stay unparseable unless the column is read as "comma".
   */
  readonly delimiter?: string | null;
}

export interface NumberStyleChoice {
  readonly reading: NumberReading;
  /** True when cells read both ways ("1,234") and none decided: the style is the file's default. */
  readonly assumed: boolean;
}

/**
 * The evidence of one text cell: "dot" when it reads only as "1,234.5" style ("12.5", "1,234.50"),
 * "comma" when only as "1.234,5" style ("10,25", "1.234,50"), "ambiguous" when both readings give
 * different numbers ("1,234", "1.234"), null when both agree ("12", "1 234") or neither reads.
 *
 * Cost: O(length).
 *
 * @example numberStyleEvidence("1.234,50") // "comma"
 * @example numberStyleEvidence("1,234") // "ambiguous"
 */
export function numberStyleEvidence(text: string): NumberStyleEvidence | null {
  const dot = parseNumberText(text, "dot");
  const comma = parseNumberText(text, "comma");
  if (dot === null) return comma === null ? null : "comma";
  if (comma === null) return "dot";
  return dot === comma ? null : "ambiguous";
}

/**
 * True when a text reads two ways and the chosen style makes it a fraction while the other makes it a
 * whole number ("1.234" under "dot" is 1.234, under "comma" 1234): the reading a user could be misled by.
 * "1,280" under "dot" is 1280, a thousands separator, and is not flagged: a 3-decimal reading with a
 * comma is rare in a file whose other numbers say nothing, and flagging it would mark every
 * thousands-separated export.
 *
 * @example isFractionOnlyUnder("1.234", "dot") // true
 * @example isFractionOnlyUnder("1,280", "dot") // false
 */
export function isFractionOnlyUnder(text: string, style: NumberStyle): boolean {
  if (numberStyleEvidence(text) !== "ambiguous") return false;
  const chosen = parseNumberText(text, style);
  return chosen !== null && !Number.isInteger(chosen);
}

/**
 * Chooses one style for a column from its text cells (non-strings are ignored): the style some cells
 * require when no cell requires the other; "mixed" when both occur; otherwise the file's default ("comma"
 * after a ";" delimiter, else "dot"), flagged `assumed` when some cell reads as a fraction in that style
 * and as a whole number in the other (isFractionOnlyUnder).
 *
 * Cost: O(total length).
 *
 * @example numberStyleOfCells(["10,25", "1.234,50"], {}) // { reading: "comma", assumed: false }
 * @example numberStyleOfCells(["1,234"], { delimiter: ";" }) // { reading: "comma", assumed: true }
 * @example numberStyleOfCells(["1,280"], {}) // { reading: "dot", assumed: false }
 */
export function numberStyleOfCells(
  cells: readonly unknown[],
  context: NumberStyleContext,
): NumberStyleChoice {
  if (context.forced !== undefined) return { reading: context.forced, assumed: false };
  const tally = emptyNumberStyleTally();
  for (const raw of cells) {
    // Digits only (the commonest cell) read the same in both styles: skip the two parses.
    if (typeof raw === "string" && /[.,]/.test(raw)) tallyNumberStyleText(raw, context, tally);
  }
  return numberStyleOfTally(tally, context);
}

/** What a column's text cells said about its style so far (see numberStyleOfCells). */
export interface NumberStyleTally {
  dotVotes: number;
  commaVotes: number;
  fractionIfDot: number;
  fractionIfComma: number;
}

/** A tally of no cells. @example emptyNumberStyleTally().dotVotes // 0 */
export function emptyNumberStyleTally(): NumberStyleTally {
  return { dotVotes: 0, commaVotes: 0, fractionIfDot: 0, fractionIfComma: 0 };
}

/** Adds one text cell holding "." or "," to a tally, as numberStyleOfCells counts it. Cost: O(length). */
export function tallyNumberStyleText(
  raw: string,
  context: NumberStyleContext,
  tally: NumberStyleTally,
): void {
  const evidence = numberStyleEvidence(raw);
  if (evidence === "dot") tally.dotVotes++;
  else if (evidence === "ambiguous") {
    if (isFractionOnlyUnder(raw, "dot")) tally.fractionIfDot++;
    if (isFractionOnlyUnder(raw, "comma")) tally.fractionIfComma++;
  } else if (evidence === "comma" && (context.delimiter !== "," || raw.includes("."))) tally.commaVotes++;
}

/** numberStyleOfCells' choice from a column's tally (the context's forced style is not looked at). */
export function numberStyleOfTally(tally: NumberStyleTally, context: NumberStyleContext): NumberStyleChoice {
  const { dotVotes, commaVotes } = tally;
  if (dotVotes > 0 && commaVotes > 0) return { reading: "mixed", assumed: false };
  if (dotVotes > 0) return { reading: "dot", assumed: false };
  if (commaVotes > 0) return { reading: "comma", assumed: false };
  const reading: NumberStyle = context.delimiter === ";" ? "comma" : "dot";
  return { reading, assumed: (reading === "dot" ? tally.fractionIfDot : tally.fractionIfComma) > 0 };
}

/**
 * A text number under a column's reading; in a "mixed" column only text that reads the same in both
 * styles. Cost: O(length).
 *
 * @example numberUnderReading("1.234", "mixed") // null
 */
export function numberUnderReading(text: string, reading: NumberReading): number | null {
  if (reading !== "mixed") return parseNumberText(text, reading);
  const dot = parseNumberText(text, "dot");
  return dot !== null && dot === parseNumberText(text, "comma") ? dot : null;
}
