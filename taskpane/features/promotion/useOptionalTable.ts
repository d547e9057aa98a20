import { useCallback, useState } from "react";
import { useAnalysisInput } from "../../hooks/useAnalysisInput";
import type { TableRequest } from "../../../engine/jobs/table-request";
import type { InputRange } from "../../excel/workbook-port";

/** What the run needs from an optional table: its cells, the role choices and its address. */
export interface OptionalTableInput {
  readonly request: TableRequest;
  readonly address: string;
}

/**
 * An optional extra input (the product or the traffic table): read from the selection, its roles checked
 * like the lines', and removable again. `input` is null while the table is not used.
 */
export function useOptionalTable() {
  const analysisInput = useAnalysisInput("own");
  const [removed, setRemoved] = useState(false);
  const { input, intake, roleChoices, reading, readInput, takeRange: takeInputRange } = analysisInput;

  const readSelection = useCallback(async () => {
    setRemoved(false);
    await readInput("selection");
  }, [readInput]);

  const remove = useCallback(() => setRemoved(true), []);

  /** Takes a block already in hand (a sample sheet the pane wrote) as this table. */
  const takeRange = useCallback(
    async (range: InputRange) => {
      setRemoved(false);
      await takeInputRange(range);
    },
    [takeInputRange],
  );

  const used: OptionalTableInput | null =
    removed || input === null || intake === null
      ? null
      : {
          request: {
            grid: { values: input.values, numberFormats: input.numberFormats },
            roleChoices,
            reading,
          },
          address: input.address,
        };

  return { analysisInput, used, readSelection, remove, takeRange };
}
