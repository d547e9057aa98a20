import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { ColumnRole } from "../../src/table/types";
import type { IntakeResult } from "../../engine/jobs/intake";
import type { ReadingChoices } from "../../engine/jobs/table-request";
import type { InputRange } from "../excel/workbook-port";

/** The user's role overrides, by column name ("" = not used). */
export type RoleChoices = Readonly<Record<string, ColumnRole | "">>;

/** One input as every tab sees it: the cells read, the user's role overrides, and the data check of both. */
export interface InputState {
  readonly input: InputRange | null;
  readonly roleChoices: RoleChoices;
  /** The user's number style and day order (undefined = detect). */
  readonly reading: ReadingChoices;
  readonly intake: IntakeResult | null;
}

/** Where an input lives: the pane's shared one, a tab's own, or a store of the caller's (an extra table). */
export interface InputStore {
  readonly state: InputState;
  readonly setState: (next: InputState) => void;
  /** True when this is the tab's own input, kept apart from the shared one (a sample of another shape). */
  readonly tabOwn: boolean;
  /** Gives the tab an input of its own (not null) or returns it to the shared one (null); no-op without a tab. */
  readonly setTabOwn: (next: InputState | null) => void;
  /** The pane's shared input, to name it while the tab has its own. */
  readonly shared: InputState;
}

export const EMPTY_INPUT: InputState = { input: null, roleChoices: {}, reading: {}, intake: null };

interface PaneInputs {
  readonly shared: InputState;
  readonly setShared: (next: InputState) => void;
  readonly byTab: Readonly<Partial<Record<string, InputState>>>;
  readonly setTab: (tab: string, next: InputState | null) => void;
}

const SharedInputContext = createContext<PaneInputs | null>(null);

/**
 * Keeps ONE input for the whole pane (issue 12, item 8): what Data check read is what Segment, Promotion and
 * Members use, with the same role overrides and reading choices, until the user reads another range. Switching tabs unmounts a
 * tab's view, so the input lives here, above the tabs. A tab whose study reads a table of another shape (Promotion's
 * sample: the promotion study's transaction lines) may hold an input of its own beside it (`byTab`), so the other
 * tabs keep theirs.
 */
export function SharedInputProvider({ children }: { readonly children: ReactNode }) {
  const [shared, setShared] = useState<InputState>(EMPTY_INPUT);
  const [byTab, setByTab] = useState<Readonly<Partial<Record<string, InputState>>>>({});
  const setTab = useCallback((tab: string, next: InputState | null) => {
    setByTab((previous) => {
      const rest = Object.fromEntries(Object.entries(previous).filter(([key]) => key !== tab));
      return next === null ? rest : { ...rest, [tab]: next };
    });
  }, []);
  const inputs = useMemo(() => ({ shared, setShared, byTab, setTab }), [shared, byTab, setTab]);
  return <SharedInputContext.Provider value={inputs}>{children}</SharedInputContext.Provider>;
}

/**
 * The pane's shared input when `scope` is "shared" and a provider is above (or `tab`'s own input, while the tab
 * has one); otherwise a store of the caller's own (a view rendered alone in a test, or an extra table that belongs
 * to one tab).
 */
export function useInputStore(scope: "shared" | "own", tab?: string): InputStore {
  const inputs = useContext(SharedInputContext);
  const [state, setState] = useState<InputState>(EMPTY_INPUT);
  const setTab = inputs?.setTab;
  const setTabOwn = useCallback(
    (next: InputState | null) => {
      if (tab !== undefined) setTab?.(tab, next);
    },
    [tab, setTab],
  );
  const own = useMemo(
    () => ({ state, setState, tabOwn: false, setTabOwn: () => undefined, shared: EMPTY_INPUT }),
    [state],
  );
  const tabState = tab === undefined ? undefined : inputs?.byTab[tab];
  const paneStore = useMemo(() => {
    if (inputs === null) return null;
    if (tabState !== undefined) {
      return {
        state: tabState,
        setState: (next: InputState) => setTabOwn(next),
        tabOwn: true,
        setTabOwn,
        shared: inputs.shared,
      };
    }
    return {
      state: inputs.shared,
      setState: inputs.setShared,
      tabOwn: false,
      setTabOwn,
      shared: inputs.shared,
    };
  }, [inputs, tabState, setTabOwn]);
  return scope === "shared" && paneStore !== null ? paneStore : own;
}
