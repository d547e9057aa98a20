import type { ResolvedYears, YoySetting } from "../../../src/yoy/resolve-years";
import { yearPeriod } from "../../../src/yoy/period";
import type { PaneSqlSettings } from "../../components/copy-sql/copy-sql-statement";
import { isSettingsYear, priceEdgesOf, type SettingsForm } from "./settings-form";

/** What the last run compared: the year setting it ran with and the years that setting resolved to. */
export interface RunYears {
  readonly setting: YoySetting;
  readonly years: ResolvedYears;
}

/**
 * The Promotion tab's settings as Copy as SQL needs them: the two calendar years its run compares (the YoY
 * sheet) and its price-band edges (the bands sheet), each as the run takes them, or what to set first.
 * "Latest year vs the one before" is resolved from the data by the run (resolveYears), which the pane does not
 * redo on its own thread: its years are the last run's, if that run used the same choice; before that, the
 * user is asked to run or to choose the years.
 *
 * @example promotionSqlSettings(form, null).yoy // { kind: "unset", gap: "yoyRunFirst" } with yoyMode "auto"
 */
export function promotionSqlSettings(form: SettingsForm, lastRun: RunYears | null): PaneSqlSettings {
  const edges = priceEdgesOf(form.priceEdges);
  return {
    yoy: yoyPeriods(form, lastRun),
    priceEdges: edges === null ? { kind: "unset", gap: "bandEdgesInvalid" } : { kind: "set", value: edges },
  };
}

function yoyPeriods(form: SettingsForm, lastRun: RunYears | null): PaneSqlSettings["yoy"] {
  const compare = (currentYear: number, previousYear: number) =>
    ({
      kind: "set",
      value: { current: yearPeriod(currentYear), previous: yearPeriod(previousYear) },
    }) as const;
  switch (form.yoyMode) {
    case "none":
      return { kind: "unset", gap: "yoySwitchedOff" };
    case "years": {
      // The years as parseSettings takes them (another field being wrong does not change these).
      const current = yearOf(form.currentYear);
      const previous = yearOf(form.previousYear);
      if (current === null || previous === null) return { kind: "unset", gap: "yoyYearsInvalid" };
      return compare(current, previous);
    }
    case "auto":
      if (lastRun === null || lastRun.setting.mode !== "auto") return { kind: "unset", gap: "yoyRunFirst" };
      if (lastRun.years.kind !== "compare") return { kind: "unset", gap: "yoyNoYearsFound" };
      return compare(lastRun.years.currentYear, lastRun.years.previousYear);
  }
}

/** A year as parseSettings takes it, or null. */
function yearOf(text: string): number | null {
  const trimmed = text.trim();
  const year = Number(trimmed);
  return trimmed !== "" && isSettingsYear(year) ? year : null;
}
