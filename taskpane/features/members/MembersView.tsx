import { Text } from "@fluentui/react-components";
import { useServices } from "../../app/services";
import { AnalysisInputSteps } from "../../components/AnalysisInputSteps";
import { NEEDED_ROLES } from "../needed-roles";
import { CopyAsSql } from "../../components/copy-sql/CopyAsSql";
import { ErrorBar } from "../../components/ErrorBar";
import { ReplacePreviousOption } from "../../components/ReplacePreviousOption";
import { RunStep } from "../../components/RunStep";
import { WriteOutcomeNote } from "../../components/WriteOutcomeNote";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useTabSample } from "../../hooks/useTabSample";
import { useLocale } from "../../app/locale-context";
import { MembersResults } from "./MembersResults";
import { MembersSettings } from "./MembersSettings";
import { PANE_ANALYSES } from "./pane-analyses";
import { paneStageLabel } from "./stage-label";
import { useMembersText } from "./use-members-text";
import { useMemberSettings } from "./useMemberSettings";
import { useMembersRun } from "./useMembersRun";

/** The Members tab: input and columns, which analyses with their settings, run, and one sheet per analysis. */
export function MembersView() {
  const t = useMembersText();
  const { port } = useServices();
  const analysisInput = useAnalysisInput();
  const sample = useTabSample("members", analysisInput);
  const { intake, job } = analysisInput;
  const settings = useMemberSettings(intake);
  const { run, progress, start, resultSheets } = useMembersRun(analysisInput);
  const { locale } = useLocale();
  const chosen = PANE_ANALYSES.filter((analysis) => settings.chosen.has(analysis));
  const parsed = settings.settings;
  const extra = settings.extraSettings;

  return (
    <>
      <AnalysisInputSteps analysisInput={analysisInput} neededRoles={NEEDED_ROLES.members} sample={sample} />
      {intake !== null && <MembersSettings settings={settings} disabled={job.state.running} />}
      {intake !== null && (
        <CopyAsSql
          analyses={["cycle", "cohorts", "churn-features", "rfm"]}
          tables={{ lines: intake.columns }}
        />
      )}
      {job.state.error !== null && <ErrorBar error={job.state.error} onRetry={job.clearError} />}
      {intake !== null && (
        <RunStep
          runLabel={t("runLabel")}
          disabled={job.state.running || chosen.length === 0 || parsed === null || extra === null}
          running={job.state.running}
          progress={
            progress === null || progress.count !== undefined
              ? progress
              : { ...progress, stage: paneStageLabel(locale, t, progress.stage) }
          }
          onRun={() => {
            if (parsed !== null && extra !== null) void start(chosen, parsed, extra);
          }}
          onCancel={job.cancel}
        >
          {chosen.length === 0 && <Text>{t("nothingChosen")}</Text>}
          <ReplacePreviousOption
            sheetNames={resultSheets.offered}
            replace={resultSheets.replace}
            disabled={job.state.running}
            onChange={resultSheets.setReplace}
          />
        </RunStep>
      )}
      <WriteOutcomeNote outcome={resultSheets.outcome} cancelled={job.state.cancelled} />
      {run !== null && run.status === "done" && (
        <MembersResults run={run} onGoToSheet={(name) => void port.activateSheet(name)} />
      )}
    </>
  );
}
