import { profileAnalysis, type ProfileFacts, type ProfileSettings } from "../../src/analysis/profile";
import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { KeyCell } from "../../src/member/cells";
import { memberProfile } from "../../src/member/profile";
import { profileSpill } from "../../src/report/profile-spill";
import type { ResultSheet, RunRecord } from "../../src/report/types";
import type { JobContext } from "./context";
import { tableFromRequest, type TableRequest } from "./table-request";

/** The Members tab's Profile: the table, the one or two columns chosen and the age settings. */
export interface ProfileRequest extends TableRequest {
  readonly locale: Locale;
  readonly runRecord: RunRecord;
  readonly settings: ProfileSettings;
}

export interface ProfileJobResult {
  readonly rowCount: number;
  /** The Profile sheet (one). */
  readonly sheets: readonly ResultSheet[];
  readonly facts: ProfileFacts;
}

/**
 * The pane's Profile run: the request's grid as a table (with the user's role choices) → profileAnalysis →
 * its sheet and the facts for the summary in words. A cancel is noticed before the sheet is built.
 *
 * @throws CoreError CANCELLED, and the codes of the table intake and profileAnalysis
 */
export function profileJob(request: ProfileRequest, context: JobContext): ProfileJobResult {
  context.progress(0, "reading");
  const table = tableFromRequest(request);
  context.progress(0.3, "profile");
  const run = profileAnalysis(table, request.settings, {
    locale: request.locale,
    runRecord: request.runRecord,
  });
  if (context.isCancelled()) throw new CoreError("CANCELLED", "profileJob: the run was cancelled");
  const sheets = run.sheets();
  context.progress(1, "done");
  return { rowCount: table.rowCount, sheets, facts: run.result.facts };
}

/** =MEMBER.PROFILE's order lines after the function read its cells (blank = null). */
export interface ProfileSpillRequest {
  readonly groupValues: readonly (string | null)[];
  readonly memberIds: readonly KeyCell[];
  readonly orderIds: readonly KeyCell[];
  readonly amounts: readonly (number | null)[];
  readonly locale: Locale;
}

/**
 * The table =MEMBER.PROFILE spills: each member's group is the value on their last row that has one (the
 * function has no dates, so the sheet's row order decides), orders are distinct order ids per member.
 *
 * @throws CoreError SPILL_TOO_LARGE and memberProfile's codes
 */
export function profileSpillJob(request: ProfileSpillRequest): unknown[][] {
  const profile = memberProfile({
    memberIds: request.memberIds,
    orderIds: request.orderIds,
    amounts: request.amounts,
    columns: [{ name: "group_values", basis: "value", values: request.groupValues }],
  });
  return profileSpill(profile, request.locale);
}
