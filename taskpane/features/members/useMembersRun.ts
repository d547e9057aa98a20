import { useCallback, useState } from "react";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import type { useAnalysisInput } from "../../hooks/useAnalysisInput";
import type { MemberAnalysis, MemberFacts, MemberOutcome } from "../../../engine/jobs/members/types";
import type { JobProgress, SerializedError } from "../../../engine/protocol";
import type { ParsedSettings } from "./settings";

/** Share of the progress bar for the analyses; the rest is for writing the sheets. */
const ANALYSIS_SHARE = 0.6;

export interface MembersRun {
  /** Sheets written so far, in analysis order. */
  readonly written: readonly { readonly analysis: MemberAnalysis; readonly sheetName: string }[];
  /** Facts of the written analyses, for the summary in words. */
  readonly facts: readonly MemberFacts[];
  /** Analyses the data did not allow, with the core's error. */
  readonly failures: readonly { readonly analysis: MemberAnalysis; readonly error: SerializedError }[];
  /** "stopped": cancelled or a write failed; what was written before stays and is listed. */
  readonly status: "running" | "done" | "stopped";
}

type Succeeded = Extract<MemberOutcome, { ok: true }>;
type Failed = Extract<MemberOutcome, { ok: false }>;

/**
 * Runs the chosen analyses in the engine, then writes each successful one as a result sheet, all inside one
 * task so Cancel and errors cover both. Progress: the engine's per-analysis stages, then one stage per sheet.
 */
export function useMembersRun(analysisInput: ReturnType<typeof useAnalysisInput>) {
  const { port, engine, engineVersion, now } = useServices();
  const { locale } = useLocale();
  const { input, roleChoices, job } = analysisInput;
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [run, setRun] = useState<MembersRun | null>(null);

  const start = useCallback(
    async (analyses: readonly MemberAnalysis[], settings: ParsedSettings) => {
      if (input === null) return;
      let current: MembersRun = { written: [], facts: [], failures: [], status: "running" };
      setRun(null);
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
            onProgress: (step) =>
              setProgress({ fraction: step.fraction * ANALYSIS_SHARE, stage: step.stage }),
          },
        );
        const succeeded = result.outcomes.filter((outcome): outcome is Succeeded => outcome.ok);
        const failed = result.outcomes.filter((outcome): outcome is Failed => !outcome.ok);
        current = { ...current, failures: failed.map(({ analysis, error }) => ({ analysis, error })) };
        setRun(current);
        for (const [index, outcome] of succeeded.entries()) {
          const stage = `write:${outcome.analysis}`;
          const share = (1 - ANALYSIS_SHARE) / succeeded.length;
          const base = ANALYSIS_SHARE + index * share;
          setProgress({ fraction: base, stage });
          const written = await port.writeResultSheet(outcome.sheet, {
            signal,
            locale,
            activate: index === 0,
            onProgress: (fraction) => setProgress({ fraction: base + fraction * share, stage }),
          });
          current = {
            ...current,
            written: [...current.written, { analysis: outcome.analysis, sheetName: written.sheetName }],
            facts: [...current.facts, outcome.facts],
          };
          setRun(current);
        }
        return true;
      });
      setRun({ ...current, status: finished === null ? "stopped" : "done" });
    },
    [input, roleChoices, job, engine, port, locale, engineVersion, now],
  );

  return { run, progress, start };
}
