import { useCallback, useState } from "react";
import { useLocale } from "../app/locale-context";
import { useServices } from "../app/services";
import type { InputRange } from "../excel/workbook-port";
import type { FeatureId } from "../features/registry";
import { TAB_SAMPLES, tabSampleSheets } from "../samples/tab-samples";
import type { useAnalysisInput } from "./useAnalysisInput";

/** An extra table of the tab that takes one of the sample's further sheets (Promotion's products and traffic). */
export interface SampleTarget {
  readonly takeRange: (range: InputRange) => Promise<void>;
}

/**
 * "Use the sample for this tab" (issue 12, item 9): writes the tab's sample sheets through the port (new sheets
 * under free names in the pane's language, one Excel.run, all or nothing) and takes the first as the input, the
 * shared one, or the tab's own when the sample is of another shape (tab-samples.ts); the further sheets go to
 * `extraTables` in order. `writtenSheets` names what was written, for the pane to say so.
 */
export function useTabSample(
  tab: FeatureId,
  analysisInput: ReturnType<typeof useAnalysisInput>,
  extraTables: readonly SampleTarget[] = [],
) {
  const { port } = useServices();
  const { locale } = useLocale();
  const [writtenSheets, setWrittenSheets] = useState<readonly string[] | null>(null);
  const { job, takeRange } = analysisInput;

  const takeSample = useCallback(async () => {
    setWrittenSheets(null);
    const ranges = await job.runTask(() => port.writeSampleSheets(tabSampleSheets(tab, locale)));
    if (ranges === null) return;
    setWrittenSheets(ranges.map((range) => range.sheetName));
    const [first, ...rest] = ranges;
    if (first !== undefined) await takeRange(first, TAB_SAMPLES[tab].ownInput ? "tabOwn" : "store");
    for (const [index, range] of rest.entries()) await extraTables[index]?.takeRange(range);
  }, [job, port, tab, locale, takeRange, extraTables]);

  return { takeSample, writtenSheets };
}
