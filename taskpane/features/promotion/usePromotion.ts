import { useCallback, useMemo, useState } from "react";
import { useLocale } from "../../app/locale-context";
import { useServices } from "../../app/services";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";
import { useJob } from "../../hooks/useJob";
import { useResultSheets } from "../../hooks/useResultSheets";
import type { PromotionRequest, PromotionSummary } from "../../../engine/jobs/promotion";
import { defaultSettingsForm, parseSettings, type SettingsField, type SettingsForm } from "./settings-form";
import type { RunYears } from "./promotion-sql-settings";
import { useOptionalTable } from "./useOptionalTable";

/** Which sheet is being written, and the share of the whole write done. */
export interface WritingProgress {
  readonly number: number;
  readonly total: number;
  readonly fraction: number;
}

export interface PromotionOutcome {
  readonly summary: PromotionSummary;
  readonly sheetNames: readonly string[];
  /** The year setting the run used and the years it compared (Copy as SQL's periods for "latest year"). */
  readonly runYears: RunYears;
}

/**
 * State and I/O of the Promotion tab: the lines and the optional product and traffic tables, the settings,
 * and one run (engine job, then every result sheet written in one write through the port, all under one Cancel;
 * the sheets are all written or, after a failure or a cancel, none).
 */
export function usePromotion() {
  const { port, engineVersion, now } = useServices();
  const { locale } = useLocale();
  // The lines are the shared input, or the tab's own after its sample (the promotion study's export).
  const lines = useAnalysisInput("shared", "promotion");
  const products = useOptionalTable();
  const traffic = useOptionalTable();
  const job = useJob();
  // Its own job, so selecting a sheet does not flash the run's progress or clear its state.
  const navigation = useJob();
  const resultSheets = useResultSheets("promotion", lines.input);
  const [form, setForm] = useState<SettingsForm>(() => defaultSettingsForm(now()));
  const [writing, setWriting] = useState<WritingProgress | null>(null);
  const [outcome, setOutcome] = useState<PromotionOutcome | null>(null);
  const parsed = useMemo(() => parseSettings(form), [form]);
  const { input, roleChoices, reading } = lines;
  const { runTask, runEngine } = job;
  const { runTask: runNavigation } = navigation;
  const { write, clearOutcome } = resultSheets;

  const changeForm = useCallback(
    (change: Partial<Record<SettingsField, string>> & { readonly yoyMode?: SettingsForm["yoyMode"] }) =>
      setForm((previous) => ({ ...previous, ...change })),
    [],
  );

  const run = useCallback(async () => {
    if (input === null || !parsed.ok) return;
    setOutcome(null);
    clearOutcome();
    const request: PromotionRequest = {
      grid: { values: input.values, numberFormats: input.numberFormats },
      roleChoices,
      reading,
      products: products.used?.request ?? null,
      traffic: traffic.used?.request ?? null,
      settings: parsed.settings,
      locale,
      runRecord: {
        inputAddress: input.address,
        rowCount: input.rowCount,
        parameters: { products: products.used?.address ?? "none", traffic: traffic.used?.address ?? "none" },
        engineVersion,
        timestampIso: now().toISOString(),
      },
    };
    const finished = await runTask(async (signal) => {
      const result = await runEngine("promotion", request, signal);
      const total = result.sheets.length;
      setWriting({ number: 1, total, fraction: 0 });
      // The first sheet (the KPIs) is the one shown; the links select the others.
      const run = await write(result.sheets, {
        signal,
        locale,
        onProgress: (fraction, sheetIndex) => setWriting({ number: sheetIndex + 1, total, fraction }),
      });
      return {
        summary: result.summary,
        sheetNames: run.sheets.map((sheet) => sheet.sheetName),
        runYears: { setting: request.settings.yoy, years: result.summary.years },
      };
    });
    setWriting(null);
    if (finished !== null) setOutcome(finished);
  }, [
    input,
    roleChoices,
    reading,
    parsed,
    products.used,
    traffic.used,
    locale,
    engineVersion,
    now,
    runTask,
    runEngine,
    write,
    clearOutcome,
  ]);

  const busy = [job, lines.job, products.analysisInput.job, traffic.analysisInput.job].some(
    (candidate) => candidate.state.running,
  );
  // Through a job so a sheet renamed or deleted since shows its error instead of failing silently.
  const goToSheet = useCallback(
    (name: string) => void runNavigation(() => port.activateSheet(name)),
    [runNavigation, port],
  );
  return {
    lines,
    products,
    traffic,
    form,
    changeForm,
    parsed,
    job,
    writing,
    outcome,
    resultSheets,
    navigation,
    busy,
    run,
    goToSheet,
  };
}
