import { useCallback, useMemo, useState } from "react";
import type { ColumnRole } from "../../../src/table/types";
import type { IntakeResult } from "../../../engine/jobs/intake";
import { MEMBER_ANALYSES, type MemberAnalysis } from "../../../engine/jobs/members/types";
import { analysisAvailability } from "./availability";
import { DEFAULT_SETTINGS, parseSettings, type MemberSettingsDraft } from "./settings";

/**
 * The Members tab's settings: which analyses run (by default every one the mapped columns allow; the user
 * may untick some) and the fields of the chosen ones, checked as they are typed.
 */
export function useMemberSettings(intake: IntakeResult | null) {
  const [draft, setDraft] = useState<MemberSettingsDraft>(DEFAULT_SETTINGS);
  const [unticked, setUnticked] = useState<ReadonlySet<MemberAnalysis>>(new Set());
  const roles = useMemo(
    () =>
      new Set<ColumnRole>(
        intake?.columns.flatMap((column) => (column.role === null ? [] : [column.role])) ?? [],
      ),
    [intake],
  );
  const availability = useMemo(() => analysisAvailability(roles), [roles]);
  const chosen = useMemo(
    () =>
      new Set(
        MEMBER_ANALYSES.filter((analysis) => availability[analysis] === null && !unticked.has(analysis)),
      ),
    [availability, unticked],
  );
  const { settings, problems } = useMemo(() => parseSettings(draft, chosen), [draft, chosen]);

  const toggle = useCallback((analysis: MemberAnalysis, checked: boolean) => {
    setUnticked((previous) => {
      const next = new Set(previous);
      if (checked) next.delete(analysis);
      else next.add(analysis);
      return next;
    });
  }, []);
  const change = useCallback((update: Partial<MemberSettingsDraft>) => {
    setDraft((previous) => ({ ...previous, ...update }));
  }, []);

  return {
    draft,
    change,
    availability,
    chosen,
    toggle,
    settings,
    problems,
    hasDiscountColumn: roles.has("discount"),
  };
}
