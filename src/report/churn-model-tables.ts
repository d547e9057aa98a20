import type { ChurnRiskResult } from "../churn/churn-types";
import { isoFromExcelSerial } from "../table/excel-serial";
import { column, type Translate } from "./churn-column";
import { CHURN_FORMATS as F, featureValueText } from "./churn-format";
import type { ReportTable } from "./types";

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
