import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
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

/** Where an input lives: the pane's shared one, or a tab's own (Promotion's product and traffic tables). */
export interface InputStore {
  readonly state: InputState;
  readonly setState: (next: InputState) => void;
}

export const EMPTY_INPUT: InputState = { input: null, roleChoices: {}, reading: {}, intake: null };

const SharedInputContext = createContext<InputStore | null>(null);

/**
 * Keeps ONE input for the whole pane (issue 12, item 8): what Data check read is what Segment, Promotion and
 * Members use, with the same role overrides and reading choices, until the user reads another range. Switching tabs unmounts a
 * tab's view, so the input lives here, above the tabs.
 */
export function SharedInputProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<InputState>(EMPTY_INPUT);
  const store = useMemo(() => ({ state, setState }), [state]);
  return <SharedInputContext.Provider value={store}>{children}</SharedInputContext.Provider>;
}

/**
 * The pane's shared input when `scope` is "shared" and a provider is above; otherwise a store of the caller's own
 * (a view rendered alone in a test, or an extra table that belongs to one tab).
 */
export function useInputStore(scope: "shared" | "own"): InputStore {
  const shared = useContext(SharedInputContext);
  const [state, setState] = useState<InputState>(EMPTY_INPUT);
  const own = useMemo(() => ({ state, setState }), [state]);
  return scope === "shared" && shared !== null ? shared : own;
}
