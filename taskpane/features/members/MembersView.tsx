import { Text } from "@fluentui/react-components";
import { useServices } from "../../app/services";
import { AnalysisInputSteps } from "../../components/AnalysisInputSteps";
import { NEEDED_ROLES } from "../needed-roles";
import { ErrorBar } from "../../components/ErrorBar";
import { ReplacePreviousOption } from "../../components/ReplacePreviousOption";
import { RunStep } from "../../components/RunStep";
import { WriteOutcomeNote } from "../../components/WriteOutcomeNote";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { MEMBER_ANALYSES } from "../../../engine/jobs/members/types";
import { MembersResults } from "./MembersResults";
import { MembersSettings } from "./MembersSettings";
import { stageLabel } from "./stage-label";
import { useMembersText } from "./use-members-text";
import { useMemberSettings } from "./useMemberSettings";
import { useMembersRun } from "./useMembersRun";

/** The Members tab: input and columns, which analyses with their settings, run, and one sheet per analysis. */
export function MembersView() {
  const t = useMembersText();
  const { port } = useServices();
  const analysisInput = useAnalysisInput();
  const { intake, job } = analysisInput;
  const settings = useMemberSettings(intake);
  const { run, progress, start, resultSheets } = useMembersRun(analysisInput);
  const chosen = MEMBER_ANALYSES.filter((analysis) => settings.chosen.has(analysis));
  const parsed = settings.settings;

  return (
    <>
      <AnalysisInputSteps analysisInput={analysisInput} neededRoles={NEEDED_ROLES.members} />
      {intake !== null && <MembersSettings settings={settings} disabled={job.state.running} />}
      {job.state.error !== null && <ErrorBar error={job.state.error} onRetry={job.clearError} />}
      {intake !== null && (
        <RunStep
          runLabel={t("runLabel")}
          disabled={job.state.running || chosen.length === 0 || parsed === null}
          running={job.state.running}
          progress={
            progress === null || progress.count !== undefined
              ? progress
              : { ...progress, stage: stageLabel(t, progress.stage) }
          }
          onRun={() => {
            if (parsed !== null) void start(chosen, parsed);
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
