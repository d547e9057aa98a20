import { useCallback, useMemo, useState } from "react";
import type { ColumnRole } from "../../../src/table/types";
import type { IntakeResult } from "../../../engine/jobs/intake";
import type { MemberAnalysis } from "../../../engine/jobs/members/types";
import { paneAvailability } from "./availability";
import { DEFAULT_EXTRA_SETTINGS, parseExtraSettings, type ExtraSettingsDraft } from "./extra-settings";
import {
  isExtraAnalysis,
  isMemberAnalysis,
  PANE_ANALYSES,
  type ExtraAnalysis,
  type PaneAnalysis,
} from "./pane-analyses";
import { defaultProfileColumns, profileCandidates } from "./profile-columns";
import { DEFAULT_SETTINGS, parseSettings, type MemberSettingsDraft } from "./settings";

type ExtraChoice = Omit<ExtraSettingsDraft, "profileBy"> & { readonly profileBy: readonly string[] | null };

/**
 * The Members tab's settings: which analyses run (by default every member analysis the mapped columns allow,
 * which the user may untick; Profile and Churn risk only when ticked, since they need choices and take
 * longer) and the fields of the chosen ones, checked as they are typed.
 */
export function useMemberSettings(intake: IntakeResult | null) {
  const [draft, setDraft] = useState<MemberSettingsDraft>(DEFAULT_SETTINGS);
  // profileBy null: not chosen yet, so the recognised descriptive columns (profile-columns.ts).
  const [extraChoice, setExtraChoice] = useState<ExtraChoice>({ ...DEFAULT_EXTRA_SETTINGS, profileBy: null });
  const [unticked, setUnticked] = useState<ReadonlySet<MemberAnalysis>>(new Set());
  const [ticked, setTicked] = useState<ReadonlySet<ExtraAnalysis>>(new Set());
  const roles = useMemo(
    () =>
      new Set<ColumnRole>(
        intake?.columns.flatMap((column) => (column.role === null ? [] : [column.role])) ?? [],
      ),
    [intake],
  );
  const availability = useMemo(() => paneAvailability(roles), [roles]);
  const chosen = useMemo(
    () =>
      new Set<PaneAnalysis>(
        PANE_ANALYSES.filter(
          (analysis) =>
            availability[analysis] === null &&
            (isExtraAnalysis(analysis) ? ticked.has(analysis) : !unticked.has(analysis)),
        ),
      ),
    [availability, unticked, ticked],
  );
  const memberChosen = useMemo(
    () => new Set([...chosen].filter((analysis): analysis is MemberAnalysis => isMemberAnalysis(analysis))),
    [chosen],
  );
  const { settings, problems } = useMemo(() => parseSettings(draft, memberChosen), [draft, memberChosen]);
  const columns = useMemo(() => intake?.columns ?? [], [intake]);
  const extraDraft = useMemo<ExtraSettingsDraft>(() => {
    const candidates = profileCandidates(columns);
    const by = extraChoice.profileBy ?? defaultProfileColumns(columns);
    return { ...extraChoice, profileBy: by.filter((name) => candidates.includes(name)) };
  }, [extraChoice, columns]);
  const extra = useMemo(
    () => parseExtraSettings(extraDraft, { profile: chosen.has("profile"), churn: chosen.has("churn") }),
    [extraDraft, chosen],
  );

  const toggle = useCallback((analysis: PaneAnalysis, checked: boolean) => {
    const update = <T extends PaneAnalysis>(previous: ReadonlySet<T>, add: boolean): ReadonlySet<T> => {
      const next = new Set(previous);
      if (add) next.add(analysis as T);
      else next.delete(analysis as T);
      return next;
    };
    if (isExtraAnalysis(analysis)) setTicked((previous) => update(previous, checked));
    else setUnticked((previous) => update(previous, !checked));
  }, []);
  const change = useCallback((update: Partial<MemberSettingsDraft>) => {
    setDraft((previous) => ({ ...previous, ...update }));
  }, []);
  const changeExtra = useCallback((update: Partial<ExtraSettingsDraft>) => {
    setExtraChoice((previous) => ({ ...previous, ...update }));
  }, []);

  return {
    draft,
    change,
    extraDraft,
    changeExtra,
    availability,
    chosen,
    toggle,
    settings,
    problems,
    extraSettings: extra.settings,
    extraProblems: extra.problems,
    columns,
    hasDiscountColumn: roles.has("discount"),
  };
}
