import { MEMBER_ANALYSES, type MemberAnalysis } from "../../../engine/jobs/members/types";
import type { Locale } from "../../../src/i18n/locale";
import { analysisName } from "./analysis-text";
import type { MembersTextKey } from "./messages";
import { isExtraAnalysis } from "./pane-analyses";
import { profileChurnText } from "./profile-churn-messages";

type Translate = (key: MembersTextKey, values?: Readonly<Record<string, string | number>>) => string;

function isAnalysis(text: string): text is MemberAnalysis {
  return (MEMBER_ANALYSES as readonly string[]).includes(text);
}

/**
 * The progress stage in words: the job reports "reading", an analysis id or "done"; the pane adds
 * "write:<analysis>" while writing that analysis's sheet.
 */
export function stageLabel(t: Translate, stage: string): string {
  if (stage === "reading") return t("stage.reading");
  if (stage === "done") return t("stage.done");
  if (isAnalysis(stage)) return t("stage.analysis", { analysis: t(`analysis.${stage}`) });
  const written = stage.startsWith("write:") ? stage.slice("write:".length) : "";
  if (isAnalysis(written)) return t("stage.write", { analysis: t(`analysis.${written}`) });
  return stage;
}

/**
 * stageLabel with the stages of Profile ("profile:<columns>") and Churn risk ("churn"), and their writes.
 *
 * @example paneStageLabel("en", (key) => key, "profile:Region") // "Profile: Region…"
 */
export function paneStageLabel(locale: Locale, t: Translate, stage: string): string {
  if (stage.startsWith("profile:")) {
    return profileChurnText(locale, "stage.profile", { columns: stage.slice("profile:".length) });
  }
  if (stage === "churn") return profileChurnText(locale, "stage.churn");
  const written = stage.startsWith("write:") ? stage.slice("write:".length) : "";
  if (isExtraAnalysis(written)) return t("stage.write", { analysis: analysisName(locale, written) });
  return stageLabel(t, stage);
}
