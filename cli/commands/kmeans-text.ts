import type { Locale } from "../../src/i18n/locale";
import { clusterCliText } from "./cluster-cli-text";
import type { KMeansCliResult } from "./kmeans-json";
import { sheetsText } from "./sheet-text";

/** Text output: the input file, then the elbow sheet's tables with their notes (columns, rows used, recommendation). */
export function kmeansText({ input, run }: KMeansCliResult, locale: Locale): string {
  const ignored = run.result.points.ignoredColumns;
  const firstLines = [input.loaded.inputAddress];
  if (ignored.length > 0)
    firstLines.push(
      `  ${clusterCliText(locale, "ignored", { columns: ignored.map((column) => column.name).join(", ") })}`,
    );
  return sheetsText(run.sheets(), firstLines);
}
