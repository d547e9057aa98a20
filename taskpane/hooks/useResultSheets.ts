import { useCallback, useEffect, useMemo, useState } from "react";
import type { ResultSheet } from "../../src/report/types";
import { useServices } from "../app/services";
import {
  leavesWorkbookAsItWas,
  type PreviousRun,
  type WriteResultsOptions,
  type WrittenRun,
} from "../excel/workbook-port";

/** What the last write of a feature did: its sheets, or nothing at all (the names still holding the run before). */
export type WriteOutcome =
  | { readonly kind: "written"; readonly run: WrittenRun }
  | { readonly kind: "stopped"; readonly sheetCount: number; readonly keptPrevious: readonly string[] };

type WriteOptions = Omit<WriteResultsOptions, "run">;

/** Names of the previous run's sheets that a rerun can replace (still there as they were written). */
export function replaceableSheets(previous: PreviousRun | null): string[] {
  return (previous?.sheets ?? []).filter((sheet) => sheet.state === "present").map((sheet) => sheet.name);
}

/**
 * The result sheets of one pane feature: its previous run in this workbook (read whenever the feature gets its
 * input, so the run step shows the sheets as they are then, after the user's renames and deletions), the
 * choice to replace that run's sheets (as chosen for the last run, else on), and one write per user action
 * through the port (all sheets in one Excel.run, all or nothing). A read that fails leaves the choice unoffered,
 * so the run writes new sheets: the safe way round, and the write re-reads the run anyway.
 */
export function useResultSheets(feature: string, input: object | null) {
  const { port } = useServices();
  const [previous, setPrevious] = useState<PreviousRun | null>(null);
  const [replace, setReplace] = useState(true);
  const [outcome, setOutcome] = useState<WriteOutcome | null>(null);

  useEffect(() => {
    if (input === null) return;
    let current = true;
    port.readPreviousRun(feature).then(
      (run) => {
        if (!current) return;
        setPrevious(run);
        setReplace(run?.replace ?? true);
      },
      () => {
        if (current) setPrevious(null);
      },
    );
    return () => {
      current = false;
    };
  }, [port, feature, input]);

  const offered = useMemo(() => replaceableSheets(previous), [previous]);

  const write = useCallback(
    async (sheets: readonly ResultSheet[], options: WriteOptions): Promise<WrittenRun> => {
      setOutcome(null);
      // Nothing to write (every analysis failed): the workbook and the remembered run stay as they are.
      if (sheets.length === 0) return { sheets: [], previousRun: previous };
      const replacePrevious = offered.length > 0 ? replace : undefined;
      try {
        const run = await port.writeResultSheets(sheets, { ...options, run: { feature, replacePrevious } });
        setPrevious(run.previousRun);
        setOutcome({ kind: "written", run });
        return run;
      } catch (error) {
        if (leavesWorkbookAsItWas(error)) {
          setOutcome({
            kind: "stopped",
            sheetCount: sheets.length,
            keptPrevious: replacePrevious === true ? offered : [],
          });
        }
        throw error;
      }
    },
    [port, feature, previous, offered, replace],
  );

  const clearOutcome = useCallback(() => setOutcome(null), []);

  return { offered, replace, setReplace, outcome, write, clearOutcome };
}
