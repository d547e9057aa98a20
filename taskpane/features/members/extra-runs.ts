import type { Locale } from "../../../src/i18n/locale";
import { churnErrorText } from "../../../src/i18n/messages/churn-errors";
import { profileErrorText } from "../../../src/i18n/messages/profile-errors";
import type { ResultSheet, RunRecord } from "../../../src/report/types";
import type { TableRequest } from "../../../engine/jobs/table-request";
import type { Engine, JobProgress, SerializedError } from "../../../engine/protocol";
import type { ExtraFacts } from "./extra-summary";
import type { ParsedExtraSettings } from "./extra-settings";
import type { ExtraAnalysis } from "./pane-analyses";
import { profileChurnText } from "./profile-churn-messages";

/** What the extra analyses produced: sheets to write (in order) with their facts, and the failures. */
export interface ExtraRunsResult {
  readonly sheets: readonly { readonly analysis: ExtraAnalysis; readonly sheet: ResultSheet }[];
  readonly facts: readonly ExtraFacts[];
  readonly failures: readonly { readonly analysis: ExtraAnalysis; readonly error: SerializedError }[];
}

export interface ExtraRunsInput {
  readonly engine: Engine;
  readonly table: TableRequest;
  readonly locale: Locale;
  readonly runRecord: RunRecord;
  readonly settings: ParsedExtraSettings;
  readonly churn: boolean;
  readonly signal: AbortSignal;
  /** Progress of step `index` of `steps` (one per profile run, then churn). */
  readonly onProgress: (progress: JobProgress) => void;
}

/** How many engine runs the extra analyses take: one per profile breakdown or pair, one for churn. */
export function extraRunCount(settings: ParsedExtraSettings, churn: boolean): number {
  return settings.profileRuns.length + (churn ? 1 : 0);
}

/**
 * Runs the profile's engine jobs (one per breakdown column and one for the cross-tab pair, each sheet named
 * by its columns) and the churn job, one after another. A core error fails that run alone, worded in the
 * pane's language from its code and details; a cancel rejects.
 *
 * @throws the engine's CANCELLED error (and an unexpected engine failure)
 */
export async function runExtraAnalyses(input: ExtraRunsInput): Promise<ExtraRunsResult> {
  const { engine, table, locale, runRecord, settings, signal } = input;
  const sheets: { analysis: ExtraAnalysis; sheet: ResultSheet }[] = [];
  const facts: ExtraFacts[] = [];
  const failures: { analysis: ExtraAnalysis; error: SerializedError }[] = [];
  const steps = extraRunCount(settings, input.churn);
  const progress = (index: number, stage: string) => (step: JobProgress) =>
    input.onProgress({ fraction: (index + step.fraction) / steps, stage });
  for (const [index, run] of settings.profileRuns.entries()) {
    const columns = run.by.join(" × ");
    try {
      const result = await engine.run(
        "memberProfile",
        { ...table, locale, runRecord, settings: run },
        { signal, onProgress: progress(index, `profile:${columns}`) },
      );
      for (const sheet of result.sheets) {
        const baseName = profileChurnText(locale, "sheetName", { base: sheet.baseName, columns });
        sheets.push({ analysis: "profile", sheet: { ...sheet, baseName } });
      }
      facts.push(result.facts);
    } catch (error) {
      failures.push({ analysis: "profile", error: worded(error, "profile", locale) });
    }
  }
  if (input.churn) {
    try {
      const result = await engine.run(
        "churn",
        { ...table, locale, runRecord, settings: settings.churn },
        { signal, onProgress: progress(settings.profileRuns.length, "churn") },
      );
      for (const sheet of result.sheets) sheets.push({ analysis: "churn", sheet });
      facts.push(result.facts);
    } catch (error) {
      failures.push({ analysis: "churn", error: worded(error, "churn", locale) });
    }
  }
  return { sheets, facts, failures };
}

function isSerializedError(error: unknown): error is SerializedError {
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

/** A core error worded from its code and details; a cancel or anything that is not a core error is rethrown. */
function worded(error: unknown, analysis: ExtraAnalysis, locale: Locale): SerializedError {
  if (!isSerializedError(error) || error.code === "CANCELLED" || error.code === "INTERNAL") throw error;
  const terms = {
    by: profileChurnText(locale, "byLabel"),
    ageBands: profileChurnText(locale, "ageBandsLabel"),
    asOf: profileChurnText(locale, "asOfLabel"),
  };
  const message =
    analysis === "churn"
      ? churnErrorText(locale, error.code, error.details)
      : profileErrorText(locale, error, terms);
  return { ...error, message: message ?? error.message };
}
