import type { ChurnRiskResult } from "../churn/churn-types";
import { FUNCTION_FEATURES, type ChurnFeature } from "../churn/churn-features";
import type { Locale } from "../i18n/locale";
import { isoFromExcelSerial } from "../table/excel-serial";
import { column, type Translate } from "./churn-column";
import { CHURN_FORMATS as F, reasonsText } from "./churn-format";
import type { ReportColumn, ReportTable } from "./types";

/** Holdout deciles: mean predicted probability against the observed churn share ("churn.calibration"). */
export function calibrationTable(result: ChurnRiskResult, t: Translate): ReportTable {
  return {
    id: "churn.calibration",
    title: t("table.calibration"),
    notes: [t("note.calibration")],
    columns: [
      column("decile", t("col.decile"), F.count),
      column("members", t("col.members"), F.count),
      column("meanPredicted", t("col.meanPredicted"), F.share),
      column("observed", t("col.observed"), F.share),
    ],
    rows: result.holdout.deciles.map((row) => [
      row.decile,
      row.members,
      row.meanPredicted,
      row.observedChurnShare,
    ]),
  };
}

/** Members per 0.1-wide probability bin, as of the last date ("churn.histogram"). */
export function histogramTable(result: ChurnRiskResult, t: Translate): ReportTable {
  return {
    id: "churn.histogram",
    title: t("table.histogram", { date: isoFromExcelSerial(result.lastDay) }),
    columns: [
      column("bin", t("col.bin"), F.text),
      column("from", t("col.from"), F.probability),
      column("to", t("col.to"), F.probability),
      column("members", t("col.members"), F.count),
    ],
    rows: result.scored.histogram.map((bin) => [
      t("bin.label", { from: bin.from.toFixed(1), to: bin.to.toFixed(1) }),
      bin.from,
      bin.to,
      bin.members,
    ]),
  };
}

/** The 13 numbers =CHURN.PROBABILITY takes, with a header naming each ("churn.functionRow"). */
export function functionRowTable(result: ChurnRiskResult, t: Translate, _locale: Locale): ReportTable {
  const { functionModel } = result;
  const short = (feature: ChurnFeature): string => t(`feature.${feature}`);
  const keyed = (prefix: string, key: "col.weight" | "col.rowMean" | "col.rowSd"): ReportColumn[] =>
    FUNCTION_FEATURES.map((feature) =>
      column(`${prefix}.${feature}`, t(key, { feature: short(feature) }), F.general),
    );
  const dropped = functionModel.dropped.map((feature) => t(`feature.${feature}`)).join(", ");
  return {
    id: "churn.functionRow",
    title: t("table.functionRow"),
    notes: [
      t("note.functionRow", { auc: functionModel.auc.toFixed(4) }),
      ...(functionModel.dropped.length > 0 ? [t("note.functionDropped", { features: dropped })] : []),
    ],
    columns: [
      column("intercept", t("col.intercept"), F.general),
      ...keyed("weight", "col.weight"),
      ...keyed("mean", "col.rowMean"),
      ...keyed("sd", "col.rowSd"),
    ],
    rows: [[...functionModel.row]],
  };
}

/** Members at or above the threshold with their top reasons ("churn.atRisk"). */
export function atRiskTable(result: ChurnRiskResult, t: Translate, locale: Locale): ReportTable {
  const date = isoFromExcelSerial(result.lastDay);
  return {
    id: "churn.atRisk",
    title: t("table.atRisk", { threshold: result.threshold, date }),
    notes: [t("note.atRisk", { date }), ...(result.atRisk.length === 0 ? [t("note.atRiskEmpty")] : [])],
    columns: [
      column("memberId", t("col.member"), F.text),
      column("probability", t("col.probability"), F.probability),
      column("recencyDays", t("col.recencyDays"), F.days),
      column("purchaseDays", t("col.purchaseDays"), F.count),
      column("spend", t("col.spend"), F.money),
      column("reasons", t("col.reasons"), F.text),
    ],
    rows: result.atRisk.map((member) => [
      member.memberId,
      member.probability,
      member.recencyDays,
      member.purchaseDays,
      member.spend,
      reasonsText(locale, member.reasons),
    ]),
  };
}
