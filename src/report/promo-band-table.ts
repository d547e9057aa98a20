import type { Locale } from "../i18n/locale";
import { formatEdge } from "../promo/band-cut";
import type { BandKpis } from "../promo/band-kpis";
import type { KpiKey } from "../promo/kpi-keys";
import type { KpiPack } from "../promo/kpi-pack";
import type { KpiValue } from "../promo/kpi-value";
import {
  kpiNumberFormat,
  kpiCell,
  PROMO_FORMATS as F,
  promoColumn,
  promoTranslator,
  type PromoTranslator,
} from "./promo-format";
import { kpiName } from "./promo-kpi-table";
import type { ChartSpec, ReportCell, ReportColumn, ReportTable } from "./types";

/** The per-band KPIs written, in this order (the study's band table). */
const BAND_KPIS: readonly KpiKey[] = [
  "stockValue",
  "gmv",
  "sellThrough",
  "units",
  "buyers",
  "spendPerDistinctBuyer",
  "uv",
  "favourites",
  "addToCart",
  "conversionDistinctBuyers",
];

/**
 * A band table (price bands "promo.priceBands" or discount bands "promo.discountBands"): per band its label,
 * product count, stock value and its share, GMV and its share, sell-through, units, distinct buyers, spend
 * per distinct buyer, UV, favourites, add-to-cart and distinct-buyer conversion (the figures the band rule
 * decides on; see decideBands); then one row each for products below, above and without a
 * value, so nothing is dropped. Two clustered column charts: GMV per band and sell-through per band (one
 * chart each, as their scales differ by orders of magnitude).
 */
export function bandTableWithCharts(
  bands: BandKpis,
  kind: "price" | "discount",
  locale: Locale,
): { readonly table: ReportTable; readonly charts: readonly ChartSpec[] } {
  const t = promoTranslator(locale);
  const id = kind === "price" ? "promo.priceBands" : "promo.discountBands";
  const title = t(kind === "price" ? "table.priceBands" : "table.discountBands");
  const kpiColumns: ReportColumn[] = BAND_KPIS.map((key) => ({
    key,
    header: kpiName(locale, key),
    numberFormat: kpiNumberFormat(key),
  }));
  const columns: ReportColumn[] = [
    promoColumn(t, "band", "header.band", F.text),
    promoColumn(t, "products", "header.products", F.count),
    ...kpiColumns.slice(0, 1),
    promoColumn(t, "stockValueShare", "header.stockValueShare", F.percent),
    ...kpiColumns.slice(1, 2),
    promoColumn(t, "gmvShare", "header.gmvShare", F.percent),
    ...kpiColumns.slice(2),
  ];
  // A band without products has no figures: say so, rather than the first missing input.
  const cell = (kpi: KpiValue, productCount: number): ReportCell =>
    productCount === 0 && kpi.kind === "undefined" ? t("undefined.emptyBand") : kpiCell(t, kpi);
  const kpiCells = (pack: KpiPack, productCount: number): ReportCell[] =>
    BAND_KPIS.map((key) => cell(pack[key], productCount));
  const rows: ReportCell[][] = bands.bands.map((row) => {
    const [stockValue, gmv, ...rest] = kpiCells(row.pack, row.productKeys.length);
    return [
      row.band.label,
      row.productKeys.length,
      stockValue ?? null,
      cell(row.stockValueShare, row.productKeys.length),
      gmv ?? null,
      kpiCell(t, row.gmvShare),
      ...rest,
    ];
  });
  const first = bands.bands[0]?.band;
  const last = bands.bands[bands.bands.length - 1]?.band;
  for (const outside of bands.outside) {
    const [stockValue, gmv, ...rest] = kpiCells(outside.pack, outside.productKeys.length);
    rows.push([
      outsideLabel(t, outside.kind, first?.lower, last?.upper),
      outside.productKeys.length,
      stockValue ?? null,
      null,
      gmv ?? null,
      kpiCell(t, outside.gmvShare),
      ...rest,
    ]);
  }
  const table: ReportTable = { id, title, notes: [t("note.bandsOutside")], columns, rows };
  const charts: ChartSpec[] = [
    {
      kind: "columnClustered",
      title: t("chart.gmvPerBand", { table: title }),
      tableId: id,
      xColumn: "band",
      yColumns: ["gmv"],
    },
    {
      kind: "columnClustered",
      title: t("chart.sellThroughPerBand", { table: title }),
      tableId: id,
      xColumn: "band",
      yColumns: ["sellThrough"],
    },
  ];
  return { table, charts };
}

function outsideLabel(
  t: PromoTranslator,
  kind: "below" | "above" | "missing",
  lower?: number,
  upper?: number,
): string {
  if (kind === "below") return t("band.below", { edge: formatEdge(lower ?? 0) });
  if (kind === "above") return t("band.above", { edge: formatEdge(upper ?? 0) });
  return t("band.missing");
}
