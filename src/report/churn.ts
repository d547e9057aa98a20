import type { ChurnRiskResult } from "../churn/churn-types";
import type { Locale } from "../i18n/locale";
import { churnText } from "../i18n/messages/churn";
import type { Translate } from "./churn-column";
import { coefficientsTable, summaryTable } from "./churn-model-tables";
import { atRiskTable, calibrationTable, functionRowTable, histogramTable } from "./churn-tables";
import type { ResultSheet, RunRecord } from "./types";

/** Id of the table holding =CHURN.PROBABILITY's coefficients row (one data row of 13 numbers). */
export const CHURN_FUNCTION_ROW_TABLE_ID = "churn.functionRow";

/**
 * The Churn result sheet: holdout metrics ("churn.summary"), the logistic coefficients with their meaning in
 * words ("churn.coefficients", drawn as columns: which features raise the risk), the decile calibration table ("churn.calibration", drawn as a line chart of
 * predicted against observed), the probability histogram of every member as of the last date
 * ("churn.histogram", a column chart), the coefficients row of =CHURN.PROBABILITY ("churn.functionRow") and
 * the members at or above the threshold with their top reasons ("churn.atRisk").
 *
 * Cost: O(members at risk).
 *
 * @example
 * import { linesOf, ordersTable } from "../../test/src/churn/churn-fixture";
 * import { churnRisk } from "../churn/churn-risk";
 * import { serialFromCivilDate } from "../dates/civil-date";
 * const calibrationEndSerial = serialFromCivilDate(2024, 9, 30);
 * const result = churnRisk(linesOf(ordersTable()), { calibrationEndSerial, horizonDays: 90 });
 * const runRecord = { inputAddress: "orders.csv", rowCount: 1370, parameters: { horizonDays: 90 },
 *   engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const sheet = churnSheet(result, "zh-TW", runRecord);
 * sheet.baseName // "流失預測"
 * sheet.tables.map((table) => table.id)
 * // ["churn.summary", "churn.coefficients", "churn.calibration", "churn.histogram", "churn.functionRow", "churn.atRisk"]
 * sheet.charts.map((chart) => `${chart.kind} ${chart.tableId}`)
 * // ["line churn.calibration", "columnClustered churn.coefficients", "columnClustered churn.histogram"]
 */
export function churnSheet(result: ChurnRiskResult, locale: Locale, runRecord: RunRecord): ResultSheet {
  const t: Translate = (key, values) => churnText(locale, key, values);
  return {
    baseName: t("sheet"),
    tables: [
      summaryTable(result, t),
      coefficientsTable(result, t),
      calibrationTable(result, t),
      histogramTable(result, t),
      functionRowTable(result, t, locale),
      atRiskTable(result, t, locale),
    ],
    charts: [
      {
        kind: "line",
        title: t("chart.calibration"),
        tableId: "churn.calibration",
        xColumn: "decile",
        yColumns: ["meanPredicted", "observed"],
        xAxisTitle: t("col.decile"),
        yAxisTitle: t("col.observed"),
      },
      {
        kind: "columnClustered",
        title: t("chart.coefficients"),
        tableId: "churn.coefficients",
        xColumn: "feature",
        yColumns: ["coefficient"],
        xAxisTitle: t("col.feature"),
        yAxisTitle: t("col.coefficient"),
      },
      {
        kind: "columnClustered",
        title: t("chart.histogram"),
        tableId: "churn.histogram",
        xColumn: "bin",
        yColumns: ["members"],
        xAxisTitle: t("col.probability"),
        yAxisTitle: t("col.members"),
      },
    ],
    runRecord,
  };
}
