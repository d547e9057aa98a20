import { useCallback, useState } from "react";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import type { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useResultSheets } from "../../hooks/useResultSheets";
import type { MemberAnalysis, MemberFacts, MemberOutcome } from "../../../engine/jobs/members/types";
import type { JobProgress, SerializedError } from "../../../engine/protocol";
import type { ParsedSettings } from "./settings";

/** Share of the progress bar for the analyses; the rest is for writing the sheets. */
const ANALYSIS_SHARE = 0.6;

export interface MembersRun {
  /** Sheets written, in analysis order: all of them once the run is done, none if it stopped. */
  readonly written: readonly { readonly analysis: MemberAnalysis; readonly sheetName: string }[];
  /** Facts of the written analyses, for the summary in words. */
  readonly facts: readonly MemberFacts[];
  /** Analyses the data did not allow, with the core's error. */
  readonly failures: readonly { readonly analysis: MemberAnalysis; readonly error: SerializedError }[];
  /** "stopped": cancelled, or the analyses or the write failed; nothing of the run is in the workbook. */
  readonly status: "running" | "done" | "stopped";
}

type Succeeded = Extract<MemberOutcome, { ok: true }>;
type Failed = Extract<MemberOutcome, { ok: false }>;

/**
 * Runs the chosen analyses in the engine, then writes a result sheet for each successful one, all in one write
 * (one Excel.run: every sheet or none) and inside one task so Cancel and errors cover both. Progress: the
 * engine's per-analysis stages, then the sheet being written.
 */
export function useMembersRun(analysisInput: ReturnType<typeof useAnalysisInput>) {
  const { engine, engineVersion, now } = useServices();
  const { locale } = useLocale();
  const { input, roleChoices, job } = analysisInput;
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [run, setRun] = useState<MembersRun | null>(null);
  const resultSheets = useResultSheets("members", analysisInput.input);
  const { write, clearOutcome } = resultSheets;

  const start = useCallback(
    async (analyses: readonly MemberAnalysis[], settings: ParsedSettings) => {
      if (input === null) return;
      let current: MembersRun = { written: [], facts: [], failures: [], status: "running" };
      setRun(null);
      clearOutcome();
      setProgress(null);
      const finished = await job.runTask(async (signal) => {
        const result = await engine.run(
          "members",
          {
            grid: { values: input.values, numberFormats: input.numberFormats },
            roleChoices,
            locale,
            runRecord: {
              inputAddress: input.address,
              rowCount: input.rowCount,
              parameters: {},
              engineVersion,
              timestampIso: now().toISOString(),
            },
            analyses,
            ...settings,
          },
          {
            signal,
            onProgress: (step) => setProgress({ ...step, fraction: step.fraction * ANALYSIS_SHARE }),
          },
        );
        const succeeded = result.outcomes.filter((outcome): outcome is Succeeded => outcome.ok);
        const failed = result.outcomes.filter((outcome): outcome is Failed => !outcome.ok);
        current = { ...current, failures: failed.map(({ analysis, error }) => ({ analysis, error })) };
        setRun(current);
        const stage = (index: number) => `write:${succeeded[index]?.analysis ?? ""}`;
        setProgress({ fraction: ANALYSIS_SHARE, stage: stage(0) });
        const written = await write(
          succeeded.map((outcome) => outcome.sheet),
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
          written: succeeded.map(({ analysis }, index) => ({
            analysis,
            sheetName: written.sheets[index]?.sheetName ?? "",
          })),
          facts: succeeded.map((outcome) => outcome.facts),
        };
        return true;
      });
      setRun({ ...current, status: finished === null ? "stopped" : "done" });
    },
    [input, roleChoices, job, engine, write, clearOutcome, locale, engineVersion, now],
  );

  return { run, progress, start, resultSheets };
}
