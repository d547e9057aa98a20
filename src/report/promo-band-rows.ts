import type { Locale } from "../i18n/locale";
import type { BandRowsResult } from "../promo/band-rows";
import { PROMO_FORMATS as F, promoColumn, promoTranslator } from "./promo-format";
import type { ReportCell, ResultSheet, RunRecord } from "./types";

/** What the generic banding sheet shows: the banded column's name, its edges and the banding itself. */
export interface BandRowsReportInput {
  readonly by: string;
  readonly edges: readonly number[];
  readonly rows: BandRowsResult;
}

/**
 * Label, rows and sums of every band, then the rows below the first edge, above the last and without a
 * value, in `locale` (the sums in the order of `rows.missing.sums`, which is the order they were asked for).
 *
 * @example
 * import { bandRows } from "../promo/band-rows";
 * const rows = bandRows([50, 250, null], [0, 100], { gmv: [10, 20, 70] });
 * bandRowsCells({ by: "Price", edges: [0, 100], rows }, "en").at(-1) // ["(blank)", 1, 70]
 */
export function bandRowsCells({ edges, rows }: BandRowsReportInput, locale: Locale): ReportCell[][] {
  const t = promoTranslator(locale);
  const sumsOf = (sums: Readonly<Record<string, number>>): number[] => Object.values(sums);
  const first = String(edges[0]);
  const last = String(edges[edges.length - 1]);
  return [
    ...rows.bands.map((band) => [band.label, band.rows, ...sumsOf(band.sums)]),
    [t("band.below", { edge: first }), rows.below.rows, ...sumsOf(rows.below.sums)],
    [t("band.above", { edge: last }), rows.above.rows, ...sumsOf(rows.above.sums)],
    [t("band.missing"), rows.missing.rows, ...sumsOf(rows.missing.sums)],
  ];
}

/**
 * The generic banding sheet ("promo.bandRows"): one row per band with its row count and the summed
 * columns, then the rows outside every band (see bandRowsCells).
 */
export function bandRowsSheet(input: BandRowsReportInput, locale: Locale, runRecord: RunRecord): ResultSheet {
  const t = promoTranslator(locale);
  const sumNames = Object.keys(input.rows.missing.sums);
  return {
    baseName: t("sheet.bands"),
    tables: [
      {
        id: "promo.bandRows",
        title: `${t("header.band")}: ${input.by}`,
        columns: [
          promoColumn(t, "band", "header.band", F.text),
          promoColumn(t, "rows", "header.lines", F.count),
          ...sumNames.map((name, index) => ({ key: `sum${index + 1}`, header: name, numberFormat: F.money })),
        ],
        rows: bandRowsCells(input, locale),
      },
    ],
    charts: [],
    runRecord,
  };
}
