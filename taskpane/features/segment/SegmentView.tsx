import { Button } from "@fluentui/react-components";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import { AnalysisInputSteps } from "../../components/AnalysisInputSteps";
import { CopyAsSql } from "../../components/copy-sql/CopyAsSql";
import { NEEDED_ROLES } from "../needed-roles";
import { ErrorBar } from "../../components/ErrorBar";
import { ReplacePreviousOption } from "../../components/ReplacePreviousOption";
import { ResultsStep } from "../../components/ResultsStep";
import { RunStep } from "../../components/RunStep";
import { WriteOutcomeNote } from "../../components/WriteOutcomeNote";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useTabSample } from "../../hooks/useTabSample";
import { ElbowStep } from "./ElbowStep";
import { segmentText } from "./messages";
import { SegmentSettingsStep } from "./SegmentSettingsStep";
import { segmentSummary } from "./segment-summary";
import { useSegment } from "./useSegment";

/** The Segment tab: input, columns, settings, the elbow sweep and recommended k, then the written segments. */
export function SegmentView() {
  const { locale } = useLocale();
  const { port } = useServices();
  const analysisInput = useAnalysisInput();
  const sample = useTabSample("segment", analysisInput);
  const segment = useSegment(analysisInput);
  const { job, sweep, chosenK, written, resultSheets } = segment;
  const s = (key: Parameters<typeof segmentText>[1]) => segmentText(locale, key);
  const running = job.state.running || analysisInput.job.state.running;
  return (
    <>
      <AnalysisInputSteps analysisInput={analysisInput} neededRoles={NEEDED_ROLES.segment} sample={sample} />
      {analysisInput.job.state.error !== null && (
        <ErrorBar error={analysisInput.job.state.error} onRetry={analysisInput.job.clearError} />
      )}
      {analysisInput.intake !== null && (
        <>
          <SegmentSettingsStep
            form={segment.form}
            invalid={segment.invalidField}
            disabled={running}
            onChange={segment.setForm}
          />
          <CopyAsSql
            analyses={["rfm", "scores", "levels"]}
            tables={{ lines: analysisInput.intake.columns }}
          />
          <RunStep
            runLabel={s("runSweep")}
            disabled={running || segment.invalidField !== null}
            running={job.state.running}
            progress={job.state.progress}
            onRun={() => void segment.findSegments()}
            onCancel={job.cancel}
          />
          {sweep !== null && chosenK !== null && (
            <ElbowStep
              sweep={sweep}
              chosenK={chosenK}
              disabled={running}
              onChooseK={segment.setChosenK}
              onUseQuantile={segment.switchToQuantileScores}
            >
              <ReplacePreviousOption
                sheetNames={resultSheets.offered}
                replace={resultSheets.replace}
                disabled={running}
                onChange={resultSheets.setReplace}
              />
              <Button appearance="primary" disabled={running} onClick={() => void segment.writeSegments()}>
                {/* The button says what it will do: with the option on, the earlier sheets are rewritten, not added to. */}
                {resultSheets.offered.length > 0 && resultSheets.replace
                  ? s("replaceSegments")
                  : s("writeSegments")}
              </Button>
            </ElbowStep>
          )}
        </>
      )}
      {job.state.error !== null && <ErrorBar error={job.state.error} onRetry={job.clearError} />}
      <WriteOutcomeNote outcome={resultSheets.outcome} cancelled={job.state.cancelled} />
      {written !== null && sweep !== null && (
        <ResultsStep
          summary={segmentSummary(locale, sweep, written.result)}
          sheetNames={written.sheetNames}
          onGoToSheet={(name) => void port.activateSheet(name)}
        />
      )}
    </>
  );
}
