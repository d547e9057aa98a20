import type { ChurnRiskResult } from "../churn/churn-types";
import { FUNCTION_FEATURES, type ChurnFeature } from "../churn/churn-features";
import type { Locale } from "../i18n/locale";
import type { churnText } from "../i18n/messages/churn";
import { isoFromExcelSerial } from "../table/excel-serial";
import { CHURN_FORMATS as F, featureValueText, reasonsText } from "./churn-format";
import type { ReportColumn, ReportTable } from "./types";

type Translate = (
  key: Parameters<typeof churnText>[1],
  values?: Readonly<Record<string, string | number>>,
) => string;

const column = (key: string, header: string, numberFormat: string): ReportColumn => ({
  key,
  header,
  numberFormat,
});

/** The holdout metrics, one measure per row ("churn.summary"). */
export function summaryTable(result: ChurnRiskResult, t: Translate): ReportTable {
  const { model, holdout, tree } = result;
  const dropped = model.dropped.map((feature) => t(`feature.${feature}`)).join(", ");
  return {
    id: "churn.summary",
    title: t("table.summary"),
    notes: [
      t("note.label", { horizon: result.horizonDays, date: isoFromExcelSerial(result.calibrationEndDay) }),
      t("note.split", { share: `${Number((result.holdoutShare * 100).toFixed(1))}%`, seed: result.seed }),
      t("note.tree", { depth: tree.maxDepth, minLeaf: tree.minLeafMembers }),
      ...(model.dropped.length > 0 ? [t("note.dropped", { features: dropped })] : []),
    ],
    columns: [column("measure", t("col.measure"), F.text), column("value", t("col.value"), F.general)],
    rows: [
      [t("stat.calibrationEnd"), isoFromExcelSerial(result.calibrationEndDay)],
      [t("stat.horizon"), result.horizonDays],
      [t("stat.lastDate"), isoFromExcelSerial(result.lastDay)],
      [t("stat.members"), result.members],
      [t("stat.churnShare"), result.churnShare],
      [t("stat.training"), result.trainingMembers],
      [t("stat.holdout"), result.holdoutMembers],
      [t("stat.model"), t("modelName", { c: model.inverseRegularization })],
      [t("stat.converged"), t(model.converged ? "yes" : "no")],
      [t("stat.iterations"), model.iterations],
      [t("stat.gradientNorm"), model.gradientNorm],
      [t("stat.auc"), holdout.auc],
      [t("stat.treeAuc", { depth: tree.maxDepth, leaves: tree.leaves }), tree.auc],
      [t("stat.threshold"), result.threshold],
      [t("stat.precision"), holdout.metrics.precision],
      [t("stat.recall"), holdout.metrics.recall],
      [t("stat.scored"), result.scored.memberIds.length],
      [t("stat.atRisk"), result.atRisk.length],
      [t("stat.seed"), result.seed],
    ],
  };
}

/** Intercept and one row per feature with the coefficient's meaning in words ("churn.coefficients"). */
export function coefficientsTable(result: ChurnRiskResult, t: Translate): ReportTable {
  const { model } = result;
  const interceptProbability = 1 / (1 + Math.exp(-model.intercept));
  return {
    id: "churn.coefficients",
    title: t("table.coefficients"),
    notes: [t("note.coefficients")],
    columns: [
      column("feature", t("col.feature"), F.text),
      column("coefficient", t("col.coefficient"), F.coefficient),
      column("oddsRatio", t("col.oddsRatio"), F.coefficient),
      column("mean", t("col.mean"), F.coefficient),
      column("sd", t("col.sd"), F.coefficient),
      column("meaning", t("col.meaning"), F.text),
    ],
    rows: [
      [
        t("intercept"),
        model.intercept,
        null,
        null,
        null,
        t("meaning.intercept", { probability: interceptProbability.toFixed(3) }),
      ],
      ...model.features.map((feature, index) => {
        const weight = model.weights[index] as number;
        const sd = model.standardDeviations[index] as number;
        return [
          t(`feature.${feature}`),
          weight,
          Math.exp(weight),
          model.means[index] as number,
          sd,
          t(weight >= 0 ? "meaning.up" : "meaning.down", {
            feature: t(`feature.${feature}`),
            sd: feature === "logSpend" ? sd.toFixed(2) : featureValueText(feature, sd),
            ratio: Math.exp(weight).toFixed(2),
          }),
        ];
      }),
    ],
  };
}

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
export function functionRowTable(result: ChurnRiskResult, t: Translate, locale: Locale): ReportTable {
  const { functionModel } = result;
  const short = (feature: ChurnFeature): string => (locale === "en" ? feature : t(`feature.${feature}`));
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
