import { Text } from "@fluentui/react-components";
import type { Locale } from "../../src/i18n/locale";
import { useLocale } from "../app/locale-context";
import type { WriteOutcome } from "../hooks/useResultSheets";
import { resultSheetsText, sheetList } from "../i18n/result-sheets-messages";

export interface WriteOutcomeNoteProps {
  readonly outcome: WriteOutcome | null;
  /** The user cancelled the run (in the engine or while the sheets were written). */
  readonly cancelled: boolean;
}

/**
 * What a run did to the workbook beyond its list of sheets: which earlier sheets it rewrote in place, which it
 * could not (renamed or deleted) and where the result went instead; or, for a run that stopped, that none of its
 * sheets was kept and which sheets still hold the run before.
 */
export function WriteOutcomeNote({ outcome, cancelled }: WriteOutcomeNoteProps) {
  const { locale, t } = useLocale();
  const lines = cancelled ? [t("cancelled")] : [];
  if (outcome !== null) lines.push(...outcomeLines(locale, outcome, cancelled));
  if (lines.length === 0) return null;
  return (
    <div role="status" data-testid="write-outcome">
      {lines.map((line) => (
        <Text as="p" block key={line}>
          {line}
        </Text>
      ))}
    </div>
  );
}

function outcomeLines(locale: Locale, outcome: WriteOutcome, cancelled: boolean): string[] {
  const text = (key: Parameters<typeof resultSheetsText>[1], values?: Record<string, string | number>) =>
    resultSheetsText(locale, key, values);
  const quoted = (name: string) => sheetList(locale, [name]);
  if (outcome.kind === "stopped") {
    const lines =
      !cancelled && outcome.sheetCount > 1 ? [text("noneKept", { count: outcome.sheetCount })] : [];
    if (outcome.keptPrevious.length > 0) {
      lines.push(text("keptPrevious", { sheets: sheetList(locale, outcome.keptPrevious) }));
    }
    return lines;
  }
  const { sheets } = outcome.run;
  const replaced = sheets.filter((sheet) => sheet.replaced).map((sheet) => sheet.sheetName);
  const lines = replaced.length > 0 ? [text("replaced", { sheets: sheetList(locale, replaced) })] : [];
  for (const { sheetName, notReplaced } of sheets) {
    if (notReplaced === undefined || notReplaced.state === "present") continue;
    const values = { sheet: quoted(notReplaced.name), written: quoted(sheetName) };
    lines.push(
      notReplaced.state === "renamed"
        ? text("renamed", { ...values, current: quoted(notReplaced.currentName) })
        : text("deleted", values),
    );
  }
  return lines;
}
