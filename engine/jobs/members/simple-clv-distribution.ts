import type { SimpleClvResult } from "../../../src/clv/simple-clv-orders";
import { valueHistogram } from "../../../src/clv/value-histogram";
import type { Locale } from "../../../src/i18n/locale";
import { clvMessages as t } from "../../../src/i18n/messages/clv";
import type { ResultSheet } from "../../../src/report/types";

const DISTRIBUTION_TABLE_ID = "clv.distribution";

/**
 * The simple CLV sheet with the CLV distribution added (a histogram table and its column chart), as the
 * BTYD sheet has: src/report/clv.ts builds the simple sheet without a chart. Strings come from the core's CLV
 * catalogue, so both sheets read alike.
 */
export function withSimpleClvDistribution(
  sheet: ResultSheet,
  result: SimpleClvResult,
  locale: Locale,
): ResultSheet {
  const bins = valueHistogram(
    result.members.map((member) => member.clv),
    10,
  );
  return {
    ...sheet,
    tables: [
      ...sheet.tables,
      {
        id: DISTRIBUTION_TABLE_ID,
        title: t(locale, "table.distribution"),
        columns: [
          { key: "range", header: t(locale, "header.range"), numberFormat: "@" },
          { key: "lower", header: t(locale, "header.lower"), numberFormat: "#,##0.00" },
          { key: "upper", header: t(locale, "header.upper"), numberFormat: "#,##0.00" },
          { key: "members", header: t(locale, "header.members"), numberFormat: "#,##0" },
        ],
        rows: bins.map((bin) => [
          `${bin.lowerBound.toFixed(2)}–${bin.upperBound.toFixed(2)}`,
          bin.lowerBound,
          bin.upperBound,
          bin.count,
        ]),
      },
    ],
    charts: [
      ...sheet.charts,
      {
        kind: "columnClustered",
        title: t(locale, "chart.distribution"),
        tableId: DISTRIBUTION_TABLE_ID,
        xColumn: "range",
        yColumns: ["members"],
        xAxisTitle: t(locale, "axis.clv"),
        yAxisTitle: t(locale, "axis.members"),
      },
    ],
  };
}
