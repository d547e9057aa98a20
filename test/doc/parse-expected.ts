/**
 * The result comment of an example (`// [1, 2] (a note)`), parsed. The grammar is the one docs/decisions.md
 * ("Doc-tested examples") gives; anything else is an error, so a comment the runner cannot read fails the
 * run instead of being skipped.
 */
import { TYPED_ARRAYS, type Expected } from "./expected";

const CONSTANTS = new Map<string, boolean | null | undefined>([
  ["true", true],
  ["false", false],
  ["null", null],
  ["undefined", undefined],
]);

/**
 * Parses a result comment (the text after `//`).
 *
 * @throws Error naming what could not be read and where
 */
export function parseExpected(comment: string): Expected {
  const reader = new Reader(comment.trim());
  const throwsMatch = /^throws CoreError ([A-Z][A-Z0-9_]*)/.exec(reader.text);
  let expected: Expected;
  if (throwsMatch !== null) {
    reader.at = throwsMatch[0].length;
    expected = { kind: "throws", code: throwsMatch[1] as string };
  } else {
    expected = reader.value();
  }
  reader.skipSpaces();
  const rest = reader.text.slice(reader.at);
  if (rest !== "" && !(rest.startsWith("(") && rest.endsWith(")"))) {
    reader.fail('after the result, only a note in parentheses may follow ("… (a note)")');
  }
  return expected;
}

class Reader {
  at = 0;
  constructor(readonly text: string) {}

  value(): Expected {
    this.skipSpaces();
    const char = this.text[this.at];
    if (char === "[") return this.array(null);
    if (char === "{") return this.object();
    if (char === '"') return { kind: "string", value: this.string() };
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.number();
    const word = /^[A-Za-z0-9]+/.exec(this.text.slice(this.at))?.[0] ?? "";
    if (CONSTANTS.has(word)) {
      this.at += word.length;
      return { kind: "constant", value: CONSTANTS.get(word) };
    }
    if (TYPED_ARRAYS.includes(word)) {
      this.at += word.length;
      this.skipSpaces();
      if (this.text[this.at] !== "[") this.fail(`${word} must be followed by its elements in [ ]`);
      return this.array(word);
    }
    return this.fail(
      "expected a number, a string, true, false, null, undefined, [ ], { }, or throws CoreError CODE",
    );
  }

  private number(): Expected {
    const match = /^-?\d+(?:_\d+)*(\.\d+)?(?:e([+-]?\d+))?/.exec(this.text.slice(this.at));
    if (match === null) return this.fail("expected a number");
    this.at += match[0].length;
    const fractionDigits = Math.max(0, (match[1]?.length ?? 1) - 1);
    const exponent = Number(match[2] ?? 0);
    const value = Number(match[0].replaceAll("_", ""));
    const truncated = this.text.startsWith("…", this.at);
    if (truncated) this.at += 1;
    if (fractionDigits - exponent <= 0) {
      if (truncated) this.fail("an integer cannot end in …: write the decimals that are meant");
      return { kind: "number", value, decimals: null, truncated };
    }
    return { kind: "number", value, decimals: fractionDigits - exponent, truncated };
  }

  private string(): string {
    const match = /^"(?:[^"\\]|\\.)*"/.exec(this.text.slice(this.at));
    if (match === null) return this.fail("unterminated string");
    this.at += match[0].length;
    try {
      return JSON.parse(match[0]) as string;
    } catch {
      return this.fail(`${match[0]} is not a JSON string`);
    }
  }

  private array(typedArray: string | null): Expected {
    const items: Expected[] = [];
    const more = this.list("]", () => items.push(this.value()));
    return { kind: "array", items, more, typedArray };
  }

  private object(): Expected {
    const entries: (readonly [string, Expected])[] = [];
    const more = this.list("}", () => {
      const key = this.text[this.at] === '"' ? this.string() : this.identifier();
      this.skipSpaces();
      if (this.text[this.at] !== ":") this.fail(`expected ":" after the field ${key}`);
      this.at += 1;
      entries.push([key, this.value()]);
    });
    return { kind: "object", entries, more };
  }

  /** Reads `item, item, …` up to `close` (the opening bracket is at `at`); true when it ends in `…`. */
  private list(close: string, item: () => void): boolean {
    this.at += 1;
    for (;;) {
      this.skipSpaces();
      if (this.text[this.at] === close) {
        this.at += 1;
        return false;
      }
      if (this.text.startsWith("…", this.at)) {
        this.at += 1;
        this.skipSpaces();
        if (this.text[this.at] !== close) this.fail(`… must be the last item, right before ${close}`);
        this.at += 1;
        return true;
      }
      item();
      this.skipSpaces();
      if (this.text[this.at] === ",") this.at += 1;
      else if (this.text[this.at] !== close) this.fail(`expected "," or "${close}"`);
    }
  }

  private identifier(): string {
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at));
    if (match === null) return this.fail("expected a field name");
    this.at += match[0].length;
    return match[0];
  }

  skipSpaces(): void {
    while (this.text[this.at] === " ") this.at += 1;
  }

  fail(problem: string): never {
    throw new Error(
      `cannot read the result "${this.text}": ${problem} (at "${this.text.slice(this.at, this.at + 12)}")`,
    );
  }
}
