import { useMemo } from "react";
import { AnalysisInputSteps } from "../../components/AnalysisInputSteps";
import { useTabSample } from "../../hooks/useTabSample";
import { NEEDED_ROLES } from "../needed-roles";
import type { IntakeColumn } from "../../../src/analysis/intake";
import type { useOptionalTable } from "./useOptionalTable";
import { CopyAsSql } from "../../components/copy-sql/CopyAsSql";
import { ErrorBar } from "../../components/ErrorBar";
import { ReplacePreviousOption } from "../../components/ReplacePreviousOption";
import { RunStep } from "../../components/RunStep";
import { WriteOutcomeNote } from "../../components/WriteOutcomeNote";
import type { JobProgress } from "../../../engine/protocol";
import type { PromotionTextKey } from "./messages";
import { OptionalTableStep } from "./OptionalTableStep";
import { PromotionResults } from "./PromotionResults";
import { PromotionSettingsStep } from "./PromotionSettingsStep";
import { promotionSqlSettings } from "./promotion-sql-settings";
import { usePromotion } from "./usePromotion";
import { usePromotionText } from "./usePromotionText";

const stages: readonly string[] = ["reading", "yoy", "kpis", "sheets", "done"];

/**
 * The Promotion tab: the lines (steps 1–2), the optional product and traffic tables, the settings, run, and
 * the result sheets (KPIs, YoY, price and discount bands with charts, products with keep / reconsider / clear).
 */
export function PromotionView() {
  const text = usePromotionText();
  const promotion = usePromotion();
  const { lines, job, writing, busy, resultSheets } = promotion;
  const extraTables = useMemo(
    () => [promotion.products, promotion.traffic],
    [promotion.products, promotion.traffic],
  );
  const sample = useTabSample("promotion", lines, extraTables);
  // The periods and band edges the next run takes ("latest year" as the last run resolved it).
  const lastRunYears = promotion.outcome?.runYears ?? null;
  const sqlSettings = useMemo(
    () => promotionSqlSettings(promotion.form, lastRunYears),
    [promotion.form, lastRunYears],
  );
  const engineProgress = job.state.progress;
  const progress: JobProgress | null =
    writing !== null
      ? {
          fraction: 0.8 + 0.2 * writing.fraction,
          stage: text("stage.writing", { number: writing.number, total: writing.total }),
        }
      : engineProgress === null
        ? null
        : {
            ...engineProgress,
            fraction: 0.8 * engineProgress.fraction,
            // "reading" with a row count is worded by the run step ("Reading 5,000 rows…").
            stage:
              engineProgress.count === undefined && stages.includes(engineProgress.stage)
                ? text(`stage.${engineProgress.stage}` as PromotionTextKey)
                : engineProgress.stage,
          };
  return (
    <>
      <AnalysisInputSteps analysisInput={lines} neededRoles={NEEDED_ROLES.promotion} sample={sample} />
      {lines.job.state.error !== null && (
        <ErrorBar error={lines.job.state.error} onRetry={lines.job.clearError} />
      )}
      {lines.intake !== null && (
        <>
          <OptionalTableStep id="products" table={promotion.products} busy={busy} />
          <OptionalTableStep id="traffic" table={promotion.traffic} busy={busy} />
          <PromotionSettingsStep
            form={promotion.form}
            parsed={promotion.parsed}
            disabled={busy}
            onChange={promotion.changeForm}
          />
          <CopyAsSql
            analyses={["promo", "promo-products", "yoy", "bands"]}
            settings={sqlSettings}
            tables={{
              lines: lines.intake.columns,
              ...usedColumns("products", promotion.products),
              ...usedColumns("traffic", promotion.traffic),
            }}
          />
        </>
      )}
      {job.state.error !== null && <ErrorBar error={job.state.error} onRetry={job.clearError} />}
      {lines.intake !== null && (
        <RunStep
          runLabel={text("runLabel")}
          disabled={busy || !promotion.parsed.ok}
          running={job.state.running}
          progress={progress}
          onRun={() => void promotion.run()}
          onCancel={job.cancel}
        >
          <ReplacePreviousOption
            sheetNames={resultSheets.offered}
            replace={resultSheets.replace}
            disabled={busy}
            onChange={resultSheets.setReplace}
          />
        </RunStep>
      )}
      <WriteOutcomeNote outcome={resultSheets.outcome} cancelled={job.state.cancelled} />
      {promotion.navigation.state.error !== null && (
        <ErrorBar error={promotion.navigation.state.error} onRetry={promotion.navigation.clearError} />
      )}
      <PromotionResults outcome={promotion.outcome} onGoToSheet={promotion.goToSheet} />
    </>
  );
}

/** An optional table's columns for Copy as SQL, while the table is used. */
function usedColumns(
  which: "products" | "traffic",
  table: ReturnType<typeof useOptionalTable>,
): Partial<Record<"products" | "traffic", readonly IntakeColumn[]>> {
  const columns = table.analysisInput.intake?.columns;
  return table.used === null || columns === undefined ? {} : { [which]: columns };
}
