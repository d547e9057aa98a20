import { useCallback, useState } from "react";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import type { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useResultSheets } from "../../hooks/useResultSheets";
import type { MemberFacts, MemberOutcome, MembersResult } from "../../../engine/jobs/members/types";
import type { JobProgress, SerializedError } from "../../../engine/protocol";
import type { ResultSheet } from "../../../src/report/types";
import { extraRunCount, runExtraAnalyses } from "./extra-runs";
import type { ParsedExtraSettings } from "./extra-settings";
import type { ExtraFacts } from "./extra-summary";
import { isMemberAnalysis, type PaneAnalysis } from "./pane-analyses";
import type { ParsedSettings } from "./settings";

/** Share of the progress bar for the analyses; the rest is for writing the sheets. */
const ANALYSIS_SHARE = 0.6;

export interface MembersRun {
  /** Sheets written, in analysis order: all of them once the run is done, none if it stopped. */
  readonly written: readonly { readonly analysis: PaneAnalysis; readonly sheetName: string }[];
  /** Facts of the written analyses, for the summary in words (profile and churn apart). */
  readonly facts: readonly MemberFacts[];
  readonly extraFacts: readonly ExtraFacts[];
  /** Analyses the data did not allow, with the core's error. */
  readonly failures: readonly { readonly analysis: PaneAnalysis; readonly error: SerializedError }[];
  /** "stopped": cancelled, or the analyses or the write failed; nothing of the run is in the workbook. */
  readonly status: "running" | "done" | "stopped";
}

type Succeeded = Extract<MemberOutcome, { ok: true }>;
type Failed = Extract<MemberOutcome, { ok: false }>;

/**
 * Runs the chosen analyses in the engine (the member analyses in one job, then each profile breakdown and
 * churn risk in jobs of their own), then writes a result sheet for each successful one, all in one write
 * (one Excel.run: every sheet or none) and inside one task so Cancel and errors cover both. Progress: the
 * engine's per-analysis stages, then the sheet being written.
 */
export function useMembersRun(analysisInput: ReturnType<typeof useAnalysisInput>) {
  const { engine, engineVersion, now } = useServices();
  const { locale } = useLocale();
  const { input, roleChoices, reading, job } = analysisInput;
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [run, setRun] = useState<MembersRun | null>(null);
  const resultSheets = useResultSheets("members", analysisInput.input);
  const { write, clearOutcome } = resultSheets;

  const start = useCallback(
    async (analyses: readonly PaneAnalysis[], settings: ParsedSettings, extra: ParsedExtraSettings) => {
      if (input === null) return;
      let current: MembersRun = { written: [], facts: [], extraFacts: [], failures: [], status: "running" };
      setRun(null);
      clearOutcome();
      setProgress(null);
      const memberAnalyses = analyses.filter(isMemberAnalysis);
      const churn = analyses.includes("churn");
      const extraSettings = analyses.includes("profile") ? extra : { ...extra, profileRuns: [] };
      const runs = (memberAnalyses.length > 0 ? 1 : 0) + extraRunCount(extraSettings, churn);
      const memberRuns = memberAnalyses.length > 0 ? 1 : 0;
      const table = {
        grid: { values: input.values, numberFormats: input.numberFormats },
        roleChoices,
        reading,
      };
      const runRecord = {
        inputAddress: input.address,
        rowCount: input.rowCount,
        parameters: {},
        engineVersion,
        timestampIso: now().toISOString(),
      };
      const finished = await job.runTask(async (signal) => {
        const result: MembersResult =
          memberAnalyses.length === 0
            ? { rowCount: input.rowCount, outcomes: [] }
            : await engine.run(
                "members",
                { ...table, locale, runRecord, analyses: memberAnalyses, ...settings },
                {
                  signal,
                  onProgress: (step) =>
                    setProgress({ ...step, fraction: (step.fraction / runs) * ANALYSIS_SHARE }),
                },
              );
        const extraResult = await runExtraAnalyses({
          engine,
          table,
          locale,
          runRecord,
          settings: extraSettings,
          churn,
          signal,
          onProgress: (step) =>
            setProgress({
              fraction: ((memberRuns + step.fraction * (runs - memberRuns)) / runs) * ANALYSIS_SHARE,
              stage: step.stage,
            }),
        });
        const succeeded = result.outcomes.filter((outcome): outcome is Succeeded => outcome.ok);
        const failed = result.outcomes.filter((outcome): outcome is Failed => !outcome.ok);
        const toWrite: { analysis: PaneAnalysis; sheet: ResultSheet }[] = [
          ...succeeded.map(({ analysis, sheet }) => ({ analysis, sheet })),
          ...extraResult.sheets,
        ];
        current = {
          ...current,
          failures: [...failed.map(({ analysis, error }) => ({ analysis, error })), ...extraResult.failures],
        };
        setRun(current);
        const stage = (index: number) => `write:${toWrite[index]?.analysis ?? ""}`;
        setProgress({ fraction: ANALYSIS_SHARE, stage: stage(0) });
        const written = await write(
          toWrite.map((each) => each.sheet),
          {
            signal,
            locale,
            onProgress: (fraction, index) =>
              setProgress({
                fraction: ANALYSIS_SHARE + fraction * (1 - ANALYSIS_SHARE),
                stage: stage(index),
              }),
          },
        );
        current = {
          ...current,
          written: toWrite.map(({ analysis }, index) => ({
            analysis,
            sheetName: written.sheets[index]?.sheetName ?? "",
          })),
          facts: succeeded.map((outcome) => outcome.facts),
          extraFacts: extraResult.facts,
        };
        return true;
      });
      setRun({ ...current, status: finished === null ? "stopped" : "done" });
    },
    [input, roleChoices, reading, job, engine, write, clearOutcome, locale, engineVersion, now],
  );

  return { run, progress, start, resultSheets };
}
