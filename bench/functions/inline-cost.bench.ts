/**
 * What the worksheet functions that may run inline cost on the main thread, by input size: the engine job each of
 * them runs (=RFM.SCORE's quantile scores, =CYCLE.STATS' purchase cycles, the order-line =CLV, =CLV.BGNBD's
 * expected purchases from given parameters, =PROMO.KPIS), in process, plus what sending its request to the worker costs (a structured clone, what postMessage does). In the
 * shared runtime an inline function blocks the task pane (and Excel desktop restarts an add-in that stays
 * unresponsive for about 5 s), so each function sends inputs from the size where the inline job takes about
 * 50 ms (DESIGN.md §6: the pane never blocks its UI thread for more than 50 ms) to the engine; the thresholds in
 * functions/shared/engine-thresholds.ts cite this benchmark's figures.
 *
 * Run: node bin/run-ts.cjs bench/functions/inline-cost.bench.ts [--repeat N]
 */
import { jobs } from "../../engine/jobs/registry";
import type { JobContext } from "../../engine/jobs/context";
import { benchOption } from "../rfm/orders-csv";

const repeat = benchOption("repeat", 5);
const SIZES = [10_000, 25_000, 50_000, 100_000, 200_000, 500_000, 1_000_000];
const context: JobContext = { progress: () => {}, isCancelled: () => false };

/** A small deterministic generator (mulberry32), so every run times the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Order lines as the functions send them: about 5 lines per member over two years, text member ids. */
function orderLines(lines: number) {
  const next = random(lines);
  const memberIds = Array.from({ length: lines }, () => `M${Math.floor(next() * (lines / 5))}`);
  const orderDates = Array.from({ length: lines }, () => 44197 + Math.floor(next() * 730));
  const amounts = Array.from({ length: lines }, () => Math.round(next() * 50_000) / 100);
  return { memberIds, orderDates, amounts };
}

const REQUESTS: Record<string, (size: number) => [keyof typeof jobs, unknown]> = {
  "RFM.SCORE (values = all_values)": (size) => {
    const next = random(size);
    const values = Float64Array.from({ length: size }, () => Math.floor(next() * 400));
    return [
      "rfmScore",
      { values, allValues: values, binCount: 5, higherIsBetter: true, edgeRule: "rfmPackage" },
    ];
  },
  "CYCLE.STATS (order lines)": (size) => {
    const { memberIds, orderDates } = orderLines(size);
    return ["cycleStats", { memberIds, orderDates }];
  },
  "CLV (order lines)": (size) => {
    const { memberIds, orderDates, amounts } = orderLines(size);
    return ["clvSimpleOrders", { memberIds, orderDateSerials: orderDates, amounts }];
  },
  "CLV.BGNBD expected purchases (given parameters)": (size) => {
    const next = random(size);
    const frequency = Float64Array.from({ length: size }, () => Math.floor(next() * next() * 10));
    const age = Float64Array.from({ length: size }, () => 27 + next() * 12);
    const recency = Float64Array.from(frequency, (x, index) =>
      x === 0 ? 0 : next() * (age[index] as number),
    );
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    return ["clvBgnbdExpected", { params, horizon: 39, frequency, recency, age }];
  },
  "PROMO.KPIS (lines + products)": (size) => {
    const next = random(size);
    const products = Array.from({ length: Math.max(1, Math.floor(size / 50)) }, (_, index) => `P${index}`);
    const lines = {
      productKeys: Array.from({ length: size }, () => products[Math.floor(next() * products.length)] ?? null),
      units: Array.from({ length: size }, () => 1 + Math.floor(next() * 3)),
      amounts: Array.from({ length: size }, () => Math.round(next() * 50_000) / 100),
      buyerKeys: Array.from({ length: size }, () => `B${Math.floor(next() * (size / 5))}`),
      orderKeys: Array.from({ length: size }, () => `O${Math.floor(next() * (size / 2))}`),
    };
    const productTable = {
      productKeys: products,
      tagPrices: products.map(() => 100 + Math.floor(next() * 900)),
      stocks: products.map(() => Math.floor(next() * 500)),
    };
    return ["promoKpis", { lines, products: productTable }];
  },
};

/** The median of `repeat` timings of `run`, in milliseconds. */
function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < repeat; round++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)] as number;
}

for (const [name, build] of Object.entries(REQUESTS)) {
  console.log(`\n${name}: rows, inline job ms, structured clone of the request ms (median of ${repeat})`);
  for (const size of SIZES) {
    const [kind, request] = build(size);
    const job = jobs[kind] as (request: unknown, context: JobContext) => unknown;
    job(request, context); // warm up the JIT on this size
    const inlineMs = medianMs(() => job(request, context));
    const cloneMs = medianMs(() => structuredClone(request));
    console.log(
      `  ${String(size).padStart(7)}  ${inlineMs.toFixed(1).padStart(8)}  ${cloneMs.toFixed(1).padStart(8)}`,
    );
  }
}
