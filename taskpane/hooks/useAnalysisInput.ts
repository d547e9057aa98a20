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
 * in `addInSheetRange` until the user keeps the current input or uses it anyway.
 */
export function useAnalysisInput(scope: "shared" | "own" = "shared") {
  const { port, engineVersion, now } = useServices();
  const { locale } = useLocale();
  const job = useJob();
  const store = useInputStore(scope);
  const { input, roleChoices, reading, intake } = store.state;
  const { setState } = store;
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

  const takeRange = useCallback(
    async (range: InputRange) => {
      setAddInSheetRange(null);
      const result = await runTask((signal) => analyse(range, {}, reading, signal));
      if (result !== null) setState({ input: range, roleChoices: {}, reading, intake: result });
    },
    [runTask, analyse, reading, setState],
  );

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
    changeRole,
    changeReading,
    addInSheetRange,
    keepInput,
    takeAddInSheetAnyway,
    job,
  };
}
