/**
 * A worksheet name Excel accepts, from a file or sheet name: the characters : \ / ? * [ ] become "_", an
 * apostrophe at either end is dropped, at most 31 characters, and " (2)", " (3)", … until it is not among
 * `taken` (compared without regard to case, as Excel does).
 *
 * @example freeSheetName("orders.2021/04", ["orders.2021_04"]) // "orders.2021_04 (2)"
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  const base = cleaned === "" || cleaned.toLowerCase() === "history" ? "Sheet" : cleaned;
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let suffix = 1; ; suffix++) {
    const tail = suffix === 1 ? "" : ` (${suffix})`;
    const candidate = base.slice(0, 31 - tail.length) + tail;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
