import { useCallback, useState } from "react";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import { AnalysisInputSteps } from "../../components/AnalysisInputSteps";
import { ErrorBar } from "../../components/ErrorBar";
import { ResultsStep } from "../../components/ResultsStep";
import { RunStep } from "../../components/RunStep";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";

/** The Data check tab: input, columns, quality, and the intake summary written as a result sheet. */
export function IntakeView() {
  const { t, locale } = useLocale();
  const { port } = useServices();
  const analysisInput = useAnalysisInput();
  const { intake, job } = analysisInput;
  const [writtenSheet, setWrittenSheet] = useState<string | null>(null);

  const run = useCallback(async () => {
    if (intake === null) return;
    const written = await job.runTask((signal) => port.writeResultSheet(intake.sheet, { signal, locale }));
    if (written !== null) setWrittenSheet(written.sheetName);
  }, [intake, job, port, locale]);

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
        />
      )}
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
