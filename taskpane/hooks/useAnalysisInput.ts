import { useCallback, useState } from "react";
import type { ColumnRole } from "../../src/table/types";
import { useLocale } from "../app/locale-context";
import { useServices } from "../app/services";
import { useInputStore, type RoleChoices } from "../app/shared-input";
import type { InputRange } from "../excel/workbook-port";
import type { ReadingChoices } from "../../engine/jobs/table-request";
import { useJob } from "./useJob";

export type { RoleChoices } from "../app/shared-input";

/**
 * Steps 1 and 2 of every analysis: read the input range through the port, type it in the engine, and keep
 * the user's role choices. Re-runs the intake whenever a role changes so the quality report stays true.
 *
 * `scope` "shared" (the default) keeps the pane's one input across tabs (app/shared-input.tsx); "own" is for an
 * extra table of one tab. A range on one of the add-in's own result sheets is not taken without asking: it waits
 * in `addInSheetRange` until the user keeps the current input or uses it anyway. With a `tab`, the tab may hold an
 * input of its own (a sample of another shape, `takeRange(range, "tabOwn")`) while the other tabs keep the shared one.
 */
export function useAnalysisInput(scope: "shared" | "own" = "shared", tab?: string) {
  const { port, engineVersion, now } = useServices();
  const { locale } = useLocale();
  const job = useJob();
  const store = useInputStore(scope, tab);
  const { input, roleChoices, reading, intake } = store.state;
  const { setState, setTabOwn } = store;
  const [addInSheetRange, setAddInSheetRange] = useState<InputRange | null>(null);
  const { runTask, runEngine } = job;

  const analyse = useCallback(
    (range: InputRange, choices: RoleChoices, readingChoices: ReadingChoices, signal: AbortSignal) =>
      runEngine(
        "intake",
        {
          grid: { values: range.values, numberFormats: range.numberFormats },
          roleChoices: choices,
          reading: readingChoices,
          locale,
          runRecord: {
            inputAddress: range.address,
            rowCount: range.rowCount,
            parameters: {},
            engineVersion,
            timestampIso: now().toISOString(),
          },
        },
        signal,
      ),
    [runEngine, locale, engineVersion, now],
  );

  /** Takes a range as the input (the store's, or with "tabOwn" the tab's own); null when the read failed. */
  const takeRange = useCallback(
    async (range: InputRange, where: "store" | "tabOwn" = "store") => {
      setAddInSheetRange(null);
      const result = await runTask((signal) => analyse(range, {}, reading, signal));
      if (result === null) return;
      const next = { input: range, roleChoices: {}, reading, intake: result };
      if (where === "tabOwn") setTabOwn(next);
      else setState(next);
    },
    [runTask, analyse, reading, setState, setTabOwn],
  );

  /**
   * "Refresh": the same cells read again, by the input's address, not the current selection (issue 12, item 2);
   * the user's role choices and reading choices stay.
   */
  const refresh = useCallback(async () => {
    if (input === null) return;
    setAddInSheetRange(null);
    const range = await runTask(() => port.readAddress(input.address));
    if (range === null) return;
    const result = await runTask((signal) => analyse(range, roleChoices, reading, signal));
    if (result !== null) setState({ input: range, roleChoices, reading, intake: result });
  }, [input, roleChoices, reading, runTask, port, analyse, setState]);

  /** Back from the tab's own input to the shared one. */
  const backToSharedInput = useCallback(() => setTabOwn(null), [setTabOwn]);

  const readInput = useCallback(
    async (mode: "selection" | "region") => {
      setAddInSheetRange(null);
      const range = await runTask(() => port.readInput(mode));
      if (range === null) return;
      if (range.onAddInSheet === true) setAddInSheetRange(range);
      else await takeRange(range);
    },
    [runTask, port, takeRange],
  );

  const keepInput = useCallback(() => setAddInSheetRange(null), []);
  const takeAddInSheetAnyway = useCallback(async () => {
    if (addInSheetRange !== null) await takeRange(addInSheetRange);
  }, [addInSheetRange, takeRange]);

  const changeRole = useCallback(
    async (columnName: string, role: ColumnRole | "") => {
      if (input === null) return;
      const choices = { ...roleChoices, [columnName]: role };
      setState({ input, roleChoices: choices, reading, intake });
      const result = await runTask((signal) => analyse(input, choices, reading, signal));
      if (result !== null) setState({ input, roleChoices: choices, reading, intake: result });
    },
    [input, roleChoices, reading, intake, runTask, analyse, setState],
  );

  /** The user sets the number style or day order (undefined = detect): the intake is read again. */
  const changeReading = useCallback(
    async (choices: ReadingChoices) => {
      setState({ input, roleChoices, reading: choices, intake });
      if (input === null) return;
      const result = await runTask((signal) => analyse(input, roleChoices, choices, signal));
      if (result !== null) setState({ input, roleChoices, reading: choices, intake: result });
    },
    [input, roleChoices, intake, runTask, analyse, setState],
  );

  return {
    input,
    intake,
    roleChoices,
    reading,
    readInput,
    refresh,
    takeRange,
    tabOwn: store.tabOwn,
    sharedInput: store.shared.input,
    backToSharedInput,
    changeRole,
    changeReading,
    addInSheetRange,
    keepInput,
    takeAddInSheetAnyway,
    job,
  };
}
