/**
 * From how many cells of their ranges the worksheet functions that can run inline send their work to the engine's
 * worker instead. In the shared runtime an inline function blocks the task pane (the pane never blocks its UI
 * thread for more than 50 ms: DESIGN.md §6), and Excel desktop restarts an add-in that stays unresponsive for
 * about 5 s; posting to the worker costs a structured clone of the request on this thread, which for text ids
 * costs about as much as a light job. Each threshold is where the inline job reaches about 50 ms.
 *
 * Measured with bench/functions/inline-cost.bench.ts (median of 5-7 runs) on the project's 2-core machine while
 * other work ran on it: a "quiet" run at load average 3.7 and "loaded" runs at 11-19. Inline job ms at 10k / 25k /
 * 50k / 100k / 200k / 1M rows, quiet (loaded), and what posting the request cost:
 *   RFM.SCORE     1 / 5 / 13 / 23 / 35 / 403          (2 / 7 / 14 / 55 / 90 / 494); post ≤ 36 ms even at 1M
 *   CYCLE.STATS   30 / 12 / 59 / 156 / 340 / 1950    (35 / 34 / 90 / 199 / 554 / 2435); post 1-51 ms up to 100k
 *   CLV (lines)   1 / 3 / 5 / 19 / 103 / 1902        (1 / 7 / 23 / 98 / 346 / 2228); post about as much as the job
 *   PROMO.KPIS    24 / 46 / 72 / 192 / 409 / 9395    (63 / 125 / 307 / 866 / 2243 / 16158); post 3-52 ms up to 100k
 *   CLV.BGNBD     loaded only: 29 / 77 / 114 / 287 / 952 / 2197 (expected purchases); post ≤ 15 ms
 * The figures move by 2-3× with the load, so each threshold is a round size where the loaded runs reach about
 * 50 ms (between the last size they stayed under it and the first they passed it); the quiet run is under it there. (RFM.SCORE: n values scored among the same n all_values, sent as Float64Arrays; the
 * order-line ones: text ids, about 5 lines per member; PROMO.KPIS with buyer and order ids and one product per 50
 * lines; CLV.BGNBD: CDNOW's published parameters, 39 weeks.) At 1M rows PROMO.KPIS inline would pass the 5 s.
 */
export const ENGINE_FROM_CELLS = {
  /** value cells + all_values cells. */
  rfmScore: 100_000,
  /** Rows (cells of member_ids). */
  cycleStats: 25_000,
  /** Order lines (cells of member_ids) of the order-line =CLV. */
  clvSimpleOrders: 100_000,
  /** Transaction lines (cells of line_products). */
  promoKpis: 10_000,
  /** Customers (cells of frequency) whose expected purchases =CLV.BGNBD predicts. */
  clvBgnbdExpected: 20_000,
} as const;
