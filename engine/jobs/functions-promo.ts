import { kpiPack, type KpiPack } from "../../src/promo/kpi-pack";
import { joinProducts } from "../../src/promo/product-join";
import type { ProductTable, TrafficTable, TransactionLines } from "../../src/promo/tables";

/** =PROMO.KPIS' tables after the function read its cells. */
export interface PromoKpisRequest {
  readonly lines: TransactionLines;
  readonly products?: ProductTable;
  readonly traffic?: TrafficTable;
}

/**
 * The KPI pack of =PROMO.KPIS: the lines rolled up per product, joined to the product and traffic tables, then
 * the pack over every product. The inline path of the function runs this same job, so both give one answer.
 *
 * Cost: O(lines + products + traffic rows).
 *
 * @throws CoreError LINES_EMPTY, COLUMN_LENGTH_MISMATCH
 */
export function promoKpisJob(request: PromoKpisRequest): KpiPack {
  const join = joinProducts(request.lines, request.products, request.traffic);
  return kpiPack(join.products, join.available);
}
