import { useCallback, useState } from "react";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import { AnalysisInputSteps } from "../../components/AnalysisInputSteps";
import { ErrorBar } from "../../components/ErrorBar";
import { ReplacePreviousOption } from "../../components/ReplacePreviousOption";
import { ResultsStep } from "../../components/ResultsStep";
import { RunStep } from "../../components/RunStep";
import { WriteOutcomeNote } from "../../components/WriteOutcomeNote";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useResultSheets } from "../../hooks/useResultSheets";

/** The Data check tab: input, columns, quality, and the intake summary written as a result sheet. */
export function IntakeView() {
  const { t, locale } = useLocale();
  const { port } = useServices();
  const analysisInput = useAnalysisInput();
  const resultSheets = useResultSheets("intake", analysisInput.input);
  const { intake, job } = analysisInput;
  const [writtenSheet, setWrittenSheet] = useState<string | null>(null);
  const { write, clearOutcome } = resultSheets;

  const run = useCallback(async () => {
    if (intake === null) return;
    setWrittenSheet(null);
    clearOutcome();
    const written = await job.runTask((signal) =>
      write([intake.sheet], {
        signal,
        locale,
        onProgress: (fraction) => job.report({ fraction, stage: "writing" }),
      }),
    );
    if (written !== null) setWrittenSheet(written.sheets[0]?.sheetName ?? null);
  }, [intake, job, write, clearOutcome, locale]);

  return (
    <>
      <AnalysisInputSteps analysisInput={analysisInput} />
      {job.state.error !== null && <ErrorBar error={job.state.error} onRetry={job.clearError} />}
      {intake !== null && (
        <RunStep
          runLabel={t("intakeRunLabel")}
          disabled={job.state.running}
          running={job.state.running}
          progress={job.state.progress}
          onRun={run}
          onCancel={job.cancel}
        >
          <ReplacePreviousOption
            sheetNames={resultSheets.offered}
            replace={resultSheets.replace}
            disabled={job.state.running}
            onChange={resultSheets.setReplace}
          />
        </RunStep>
      )}
      <WriteOutcomeNote outcome={resultSheets.outcome} cancelled={job.state.cancelled} />
      {intake !== null && writtenSheet !== null && (
        <ResultsStep
          summary={t("intakeSummary", {
            rows: intake.rowCount,
            columns: intake.columns.length,
            issues: intake.issues.length,
          })}
          sheetNames={[writtenSheet]}
          onGoToSheet={(name) => void port.activateSheet(name)}
        />
      )}
    </>
  );
}
