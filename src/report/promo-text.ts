import type { Locale } from "../i18n/locale";
import type { DataQualityLine, PromoTableName } from "../promo/data-quality";
import type { DecisionReason } from "../promo/rules";
import { describePeriod } from "../yoy/period";
import type { PeriodWarning } from "../yoy/period-guard";
import { formatPercent, percentOrReason, promoTranslator, type PromoTranslator } from "./promo-format";

/**
 * A decision's reason in words with its numbers, e.g. "conversion 1.2% > 0.8%" or
 * "conversion 0.5% ≤ 0.8%; sell-through 40% > 30%".
 *
 * @example
 * import { kpiOf } from "../promo/kpi-value";
 * import { decide } from "../promo/rules";
 * decisionReasonText("en", decide(kpiOf(0.012), kpiOf(0.1)).reason) // "conversion 1.2% > 0.8%"
 * decisionReasonText("en", decide(kpiOf(0.005), kpiOf(0.4)).reason) // "conversion 0.5% ≤ 0.8%; sell-through 40% > 30%"
 */
export function decisionReasonText(locale: Locale, reason: DecisionReason): string {
  const t = promoTranslator(locale);
  const { keepConversionAbove: keep, candidateSellThroughAbove: candidate } = reason.thresholds;
  const values = {
    conversion: percentOrReason(t, reason.conversion, keep),
    sellThrough: percentOrReason(t, reason.sellThrough, candidate),
    keep: formatPercent(keep),
    candidate: formatPercent(candidate),
  };
  return t(`reason.${reason.rule}`, values);
}

/** A data-quality line in words. */
export function qualityLineText(locale: Locale, line: DataQualityLine): string {
  const t = promoTranslator(locale);
  switch (line.kind) {
    case "unmatchedProduct":
      return t("quality.unmatched", {
        product: line.productKey,
        present: tableList(t, line.presentIn),
        missing: tableList(t, line.missingFrom),
      });
    case "duplicateKey":
      return t(line.resolution === "firstRowKept" ? "quality.duplicateFirst" : "quality.duplicateSummed", {
        product: line.productKey,
        count: line.rowCount,
      });
    case "unkeyedRows":
      return t("quality.unkeyed", {
        count: line.rowCount,
        table: tableName(t, line.table),
        units: line.units,
        amount: line.amount,
      });
    case "blankCells":
      return t("quality.blank", {
        count: line.rowCount,
        column: t(line.column === "units" ? "column.units" : "column.amounts"),
      });
  }
}

/** A period warning in words. */
export function periodWarningText(locale: Locale, warning: PeriodWarning): string {
  const t = promoTranslator(locale);
  switch (warning.code) {
    case "PERIOD_EMPTY":
      return t("warning.periodEmpty", {
        which: t(warning.which === "current" ? "which.current" : "which.previous"),
      });
    case "PERIOD_LENGTH_MISMATCH":
      return t("warning.lengthMismatch", {
        currentDays: warning.currentDays,
        previousDays: warning.previousDays,
      });
    case "PARTIAL_PERIOD": {
      const likeCurrent = describePeriod(warning.likeForLike.current);
      if (warning.previous === null || warning.likeForLike.previous === null) {
        return t("warning.partialCurrent", {
          currentFirst: warning.current.firstIso,
          currentLast: warning.current.lastIso,
          likeCurrent,
        });
      }
      return t("warning.partial", {
        currentFirst: warning.current.firstIso,
        currentLast: warning.current.lastIso,
        previousFirst: warning.previous.firstIso,
        previousLast: warning.previous.lastIso,
        likeCurrent,
        likePrevious: describePeriod(warning.likeForLike.previous),
      });
    }
  }
}

function tableName(t: PromoTranslator, table: PromoTableName): string {
  return t(
    table === "lines" ? "table.lines" : table === "products" ? "table.productTable" : "table.trafficTable",
  );
}

function tableList(t: PromoTranslator, tables: readonly PromoTableName[]): string {
  return tables.map((table) => tableName(t, table)).join(t("and"));
}
