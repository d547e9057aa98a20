/**
 * =PROMO.KPIS keeps a bad cell to the KPIs computed from its range (functions/shared/kpi-arguments.ts): for
 * every range argument, an #N/A (and a text cell where a number belongs) in one cell makes exactly the KPIs that
 * KPI_ARGUMENTS lists #VALUE! naming the cell, and every other KPI keeps the value of the clean table. The clean
 * values are worked by hand in test/functions/promo.test.ts; this checks that the dependency map is complete.
 */
import { promoKpis } from "../../functions/promo-kpis";
import { KPI_ARGUMENTS, type KpiArgument } from "../../functions/shared/kpi-arguments";
import { KPI_KEYS } from "../../src/promo/kpi-keys";

const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** The arguments of promo.test.ts' table and SKU counts, in =PROMO.KPIS' order (language, before sku_counts, left out). */
const CLEAN: Readonly<Record<KpiArgument, unknown[][]>> = {
  line_products: column("P1", "P2", "P1"),
  units: column(2, 1, 1),
  amounts: column(300, 100, 150),
  buyers: column("B1", "B2", "B2"),
  orders: column("O1", "O2", "O2"),
  return_units: column(0, 1, 0),
  return_amounts: column(0, 100, 0),
  products: column("P1", "P2"),
  tag_prices: column(200, 250),
  stocks: column(10, 4),
  uv: column(100, 0),
  favourites: column(8, 2),
  add_to_cart: column(5, 1),
  sku_counts: column(2, 3),
};
const ARGUMENTS = Object.keys(CLEAN) as KpiArgument[];
const KEY_ARGUMENTS: readonly KpiArgument[] = ["line_products", "buyers", "orders", "products"];

async function kpis(args: Readonly<Record<KpiArgument, unknown[][]>>): Promise<Map<string, unknown>> {
  const positional = ARGUMENTS.flatMap((name) =>
    name === "sku_counts" ? [undefined, args[name]] : [args[name]],
  );
  const table = await promoKpis(...(positional as Parameters<typeof promoKpis>));
  return new Map(table.map((row) => [row[0] as string, row[2]]));
}

function shown(cell: unknown): unknown {
  return cell instanceof CustomFunctions.Error ? { code: cell.code, message: cell.message } : cell;
}

const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

describe("=PROMO.KPIS with one bad cell", () => {
  let clean = new Map<string, unknown>();
  beforeAll(async () => {
    clean = await kpis(CLEAN);
  });

  it("the clean table has a value for every KPI (SKU count 2 + 3 = 5 from sku_counts)", () => {
    expect(KPI_KEYS.filter((key) => clean.get(key) instanceof CustomFunctions.Error)).toEqual([]);
    expect(clean.get("skuCount")).toBe(5);
  });

  const cases = ARGUMENTS.flatMap((name) => {
    const bad: [KpiArgument, string, unknown, string][] = [[name, "#N/A", na, "is an error value (#N/A)"]];
    if (!KEY_ARGUMENTS.includes(name)) bad.push([name, "text", "x", 'must be a number (got "x")']);
    return bad;
  });

  it.each(cases)(
    "%s holding %s: #VALUE! in the KPIs built on it only",
    async (name, _label, cell, problem) => {
      const range = CLEAN[name].map((row) => [...row]);
      (range[1] as unknown[])[0] = cell;
      const result = await kpis({ ...CLEAN, [name]: range });
      const error = { code: "#VALUE!", message: `${name} (row 2, column 1) ${problem}` };
      for (const key of KPI_KEYS) {
        const expected = KPI_ARGUMENTS[key].includes(name) ? error : shown(clean.get(key));
        expect([key, shown(result.get(key))]).toEqual([key, expected]);
      }
    },
  );
});
