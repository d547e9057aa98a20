import { useCallback, useEffect, useState } from "react";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import type { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useJob } from "../../hooks/useJob";
import { useResultSheets } from "../../hooks/useResultSheets";
import type { SegmentAssignResult, SegmentSweepResult } from "../../../engine/jobs/segment";
import { DEFAULT_SEGMENT_FORM, settingsFromForm, type SegmentForm } from "./segment-form";

export interface WrittenSegments {
  readonly sheetNames: readonly string[];
  readonly result: SegmentAssignResult;
}

/**
 * The Segment flow's state and I/O: settings, the elbow sweep (step 1, in the worker), the chosen k, and
 * the assignment written as result sheets (step 2), all in one write that may replace the previous run's sheets.
 * A changed input, role or setting discards a stale sweep.
 */
export function useSegment(analysisInput: ReturnType<typeof useAnalysisInput>) {
  const { engineVersion, now } = useServices();
  const { locale } = useLocale();
  const job = useJob();
  const resultSheets = useResultSheets("segment", analysisInput.input);
  const { input, roleChoices, reading } = analysisInput;
  const [form, setForm] = useState<SegmentForm>(DEFAULT_SEGMENT_FORM);
  const [sweep, setSweep] = useState<SegmentSweepResult | null>(null);
  const [chosenK, setChosenK] = useState<number | null>(null);
  const [written, setWritten] = useState<WrittenSegments | null>(null);
  const parsed = settingsFromForm(form);
  const settings = "settings" in parsed ? parsed.settings : null;

  const { runTask, runEngine, report } = job;
  const { write, clearOutcome } = resultSheets;

  useEffect(() => {
    setSweep(null);
    setWritten(null);
    clearOutcome();
  }, [input, roleChoices, reading, form, clearOutcome]);

  const findSegments = useCallback(async () => {
    if (input === null || settings === null) return;
    const grid = { values: input.values, numberFormats: input.numberFormats };
    const result = await runTask((signal) =>
      runEngine("segmentSweep", { grid, roleChoices, reading, settings, locale }, signal),
    );
    if (result === null) return;
    setSweep(result);
    setChosenK(result.recommendedK);
  }, [input, settings, roleChoices, reading, locale, runTask, runEngine]);

  // "Use quantile scores": the form change clears the sweep (above); then the sweep runs again with the new scoring.
  const [rerunWithQuantile, setRerunWithQuantile] = useState(false);
  const switchToQuantileScores = useCallback(() => {
    setForm((previous) => ({ ...previous, scoring: "quantile" }));
    setRerunWithQuantile(true);
  }, []);
  useEffect(() => {
    if (!rerunWithQuantile || settings?.scoring !== "quantile") return;
    setRerunWithQuantile(false);
    void findSegments();
  }, [rerunWithQuantile, settings, findSegments]);

  const writeSegments = useCallback(async () => {
    if (input === null || settings === null || sweep === null || chosenK === null) return;
    const grid = { values: input.values, numberFormats: input.numberFormats };
    const runRecord = {
      inputAddress: input.address,
      rowCount: input.rowCount,
      parameters: { scoring: settings.scoring ?? "study", kMax: settings.kMax ?? 10 },
      engineVersion,
      timestampIso: now().toISOString(),
    };
    clearOutcome();
    const outcome = await runTask(async (signal) => {
      const result = await runEngine(
        "segmentAssign",
        {
          grid,
          roleChoices,
          reading,
          settings,
          locale,
          k: chosenK,
          elbow: sweep.elbow,
          kneeK: sweep.kneeK,
          runRecord,
        },
        signal,
      );
      // Segments, Members and Elbow in one Excel.run: all of them or, after a failure or a cancel, none.
      const run = await write(result.sheets, {
        signal,
        locale,
        onProgress: (fraction) => report({ fraction: 0.5 + 0.5 * fraction, stage: "writing" }),
      });
      return { sheetNames: run.sheets.map((sheet) => sheet.sheetName), result };
    });
    if (outcome !== null) setWritten(outcome);
  }, [
    input,
    settings,
    sweep,
    chosenK,
    roleChoices,
    reading,
    locale,
    engineVersion,
    now,
    write,
    clearOutcome,
    runTask,
    runEngine,
    report,
  ]);

  return {
    form,
    setForm,
    invalidField: "invalid" in parsed ? parsed.invalid : null,
    sweep,
    chosenK,
    setChosenK,
    written,
    findSegments,
    switchToQuantileScores,
    writeSegments,
    job,
    resultSheets,
  };
}
