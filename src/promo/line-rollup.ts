import { CoreError } from "../errors";
import { keyText, numberOrNull, requireSameLength } from "./cells";
import type { TransactionLines } from "./tables";

/** Sums of one product's transaction lines. */
export interface LineRollup {
  readonly productKey: string;
  readonly lineCount: number;
  readonly units: number;
  readonly amount: number;
  readonly returnUnits: number;
  readonly returnAmount: number;
  /** Σ and count of the non-blank unit-price cells (the mean is taken in the join). */
  readonly unitPriceSum: number;
  readonly unitPriceCount: number;
  /** Distinct buyer and order keys, in first-seen order (empty when the column was not given). */
  readonly buyerKeys: readonly string[];
  readonly orderKeys: readonly string[];
}

/** Lines the roll-up could not attribute, and blanks it treated as 0. */
export interface LineRollupIssues {
  readonly unkeyedLineCount: number;
  readonly unkeyedUnits: number;
  readonly unkeyedAmount: number;
  readonly blankUnitsCount: number;
  readonly blankAmountCount: number;
}

export interface LineRollupResult {
  /** One entry per product key, in first-seen order. */
  readonly products: readonly LineRollup[];
  readonly issues: LineRollupIssues;
}

/**
 * Per-product roll-up of transaction lines: Σ units, Σ amount, Σ return units, Σ return amount, the unit
 * prices for the mean, distinct buyers and orders. Product keys match as text (see keyText). A blank units or
 * amount cell counts as 0 and is counted in `issues`; a line without a product key is not attributed to any
 * product and is counted (with its units and amount) in `issues`, never dropped silently.
 *
 * Cost: O(n) time, O(products + distinct buyer/order pairs) memory.
 *
 * @throws CoreError LINES_EMPTY, COLUMN_LENGTH_MISMATCH
 * @example
 * rollupLines({ productKeys: ["A", "A", "B"], units: [1, 2, 1], amounts: [10, 20, 5] }).products[0]
 * // { productKey: "A", lineCount: 2, units: 3, amount: 30, returnUnits: 0, returnAmount: 0, … }
 */
export function rollupLines(lines: TransactionLines): LineRollupResult {
  const rowCount = requireSameLength("rollupLines", { ...lines });
  if (rowCount === 0) throw new CoreError("LINES_EMPTY", "At least one transaction line is needed");
  const byKey = new Map<string, MutableRollup>();
  const issues = {
    unkeyedLineCount: 0,
    unkeyedUnits: 0,
    unkeyedAmount: 0,
    blankUnitsCount: 0,
    blankAmountCount: 0,
  };
  for (let row = 0; row < rowCount; row++) {
    const units = numberOrNull(lines.units[row]);
    const amount = numberOrNull(lines.amounts[row]);
    if (units === null) issues.blankUnitsCount++;
    if (amount === null) issues.blankAmountCount++;
    const key = keyText(lines.productKeys[row]);
    if (key === null) {
      issues.unkeyedLineCount++;
      issues.unkeyedUnits += units ?? 0;
      issues.unkeyedAmount += amount ?? 0;
      continue;
    }
    let rollup = byKey.get(key);
    if (rollup === undefined) {
      rollup = newRollup(key);
      byKey.set(key, rollup);
    }
    rollup.lineCount++;
    rollup.units += units ?? 0;
    rollup.amount += amount ?? 0;
    rollup.returnUnits += numberOrNull(lines.returnUnits?.[row]) ?? 0;
    rollup.returnAmount += numberOrNull(lines.returnAmounts?.[row]) ?? 0;
    const unitPrice = numberOrNull(lines.unitPrices?.[row]);
    if (unitPrice !== null) {
      rollup.unitPriceSum += unitPrice;
      rollup.unitPriceCount++;
    }
    addKey(rollup.buyerSet, rollup.buyerKeys, keyText(lines.buyerKeys?.[row]));
    addKey(rollup.orderSet, rollup.orderKeys, keyText(lines.orderKeys?.[row]));
  }
  const products = [...byKey.values()].map(({ buyerSet: _b, orderSet: _o, ...rollup }) => rollup);
  return { products, issues };
}

interface MutableRollup {
  productKey: string;
  lineCount: number;
  units: number;
  amount: number;
  returnUnits: number;
  returnAmount: number;
  unitPriceSum: number;
  unitPriceCount: number;
  buyerKeys: string[];
  orderKeys: string[];
  buyerSet: Set<string>;
  orderSet: Set<string>;
}

function newRollup(productKey: string): MutableRollup {
  return {
    productKey,
    lineCount: 0,
    units: 0,
    amount: 0,
    returnUnits: 0,
    returnAmount: 0,
    unitPriceSum: 0,
    unitPriceCount: 0,
    buyerKeys: [],
    orderKeys: [],
    buyerSet: new Set(),
    orderSet: new Set(),
  };
}

function addKey(set: Set<string>, list: string[], key: string | null): void {
  if (key === null || set.has(key)) return;
  set.add(key);
  list.push(key);
}
