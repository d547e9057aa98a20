import { useCallback, useState } from "react";
import type { ColumnRole } from "../../src/table/types";
import { useLocale } from "../app/locale-context";
import { useServices } from "../app/services";
import type { InputRange } from "../excel/workbook-port";
import type { IntakeResult } from "../../engine/jobs/intake";
import type { ReadingChoices } from "../../engine/jobs/table-request";
import { useJob } from "./useJob";

export type RoleChoices = Readonly<Record<string, ColumnRole | "">>;

/**
 * Steps 1 and 2 of every analysis: read the input range through the port, type it in the engine, and keep
 * the user's role choices. Re-runs the intake whenever a role changes so the quality report stays true.
 */
export function useAnalysisInput() {
  const { port, engineVersion, now } = useServices();
  const { locale } = useLocale();
  const job = useJob();
  const [input, setInput] = useState<InputRange | null>(null);
  const [roleChoices, setRoleChoices] = useState<RoleChoices>({});
  const [intake, setIntake] = useState<IntakeResult | null>(null);
  const [reading, setReading] = useState<ReadingChoices>({});
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

  const readInput = useCallback(
    async (mode: "selection" | "region") => {
      const result = await runTask(async (signal) => {
        const range = await port.readInput(mode);
        return { range, intake: await analyse(range, {}, reading, signal) };
      });
      if (result === null) return;
      setInput(result.range);
      setRoleChoices({});
      setIntake(result.intake);
    },
    [runTask, port, analyse, reading],
  );

  const changeRole = useCallback(
    async (columnName: string, role: ColumnRole | "") => {
      if (input === null) return;
      const choices = { ...roleChoices, [columnName]: role };
      setRoleChoices(choices);
      const result = await runTask((signal) => analyse(input, choices, reading, signal));
      if (result !== null) setIntake(result);
    },
    [input, roleChoices, runTask, analyse, reading],
  );

  /** The user sets the number style or day order (undefined = detect): the intake is read again. */
  const changeReading = useCallback(
    async (choices: ReadingChoices) => {
      setReading(choices);
      if (input === null) return;
      const result = await runTask((signal) => analyse(input, roleChoices, choices, signal));
      if (result !== null) setIntake(result);
    },
    [input, roleChoices, runTask, analyse],
  );

  return { input, intake, roleChoices, reading, readInput, changeRole, changeReading, job };
}
