import { useCallback, useState } from "react";
import type { Locale } from "../../../src/i18n/locale";
import { flowText } from "../../i18n/flow-messages";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import { AnalysisInputSteps } from "../../components/AnalysisInputSteps";
import { ErrorBar } from "../../components/ErrorBar";
import { ReplacePreviousOption } from "../../components/ReplacePreviousOption";
import { ResultsStep } from "../../components/ResultsStep";
import { RunStep } from "../../components/RunStep";
import { WriteOutcomeNote } from "../../components/WriteOutcomeNote";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useTabSample } from "../../hooks/useTabSample";
import { useResultSheets } from "../../hooks/useResultSheets";

/** "5 rows and 3 columns read; no problems found." — never "0 kinds of problem found". */
function intakeSummary(locale: Locale, rows: number, columns: number, issues: number): string {
  const key = issues === 0 ? "noProblems" : issues === 1 ? "oneProblem" : "someProblems";
  return flowText(locale, key, {
    rows: rows.toLocaleString(locale),
    columns: columns.toLocaleString(locale),
    issues,
  });
}

/** The Data check tab: input, columns, quality, and the intake summary written as a result sheet. */
export function IntakeView() {
  const { t, locale } = useLocale();
  const { port } = useServices();
  const analysisInput = useAnalysisInput();
  const sample = useTabSample("intake", analysisInput);
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
      <AnalysisInputSteps analysisInput={analysisInput} sample={sample} />
      {job.state.error !== null && <ErrorBar error={job.state.error} onRetry={job.clearError} />}
      {intake !== null && (
        <RunStep
          stepNumber={3}
          // The button says what it will do: with the option on, the earlier sheet is rewritten, not added to.
          runLabel={
            resultSheets.offered.length > 0 && resultSheets.replace
              ? t("intakeReplaceLabel")
              : t("intakeRunLabel")
          }
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
          stepNumber={4}
          summary={intakeSummary(locale, intake.rowCount, intake.columns.length, intake.issues.length)}
          sheetNames={[writtenSheet]}
          onGoToSheet={(name) => void port.activateSheet(name)}
        />
      )}
    </>
  );
}
