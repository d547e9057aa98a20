/**
 * The member profile's result types (src/member/profile.ts builds them): groups of members by one column,
 * their measures, and the cross-tab of two columns.
 */

/**
 * What a group is: a value of the column, an age band [fromYears, toYears) (toYears null = open, "55+"), the
 * ages below the first band ("Under 18"), or the members without a value ("Unknown", never dropped).
 */
export type ProfileGroupKey =
  | { readonly kind: "value"; readonly value: string }
  | { readonly kind: "ageBand"; readonly fromYears: number; readonly toYears: number | null }
  | { readonly kind: "belowBands"; readonly toYears: number }
  | { readonly kind: "unknown" };

/** How a column's values become a member's group (see memberProfile). */
export type ProfileBasis = "value" | "firstOrder" | "birthday" | "age";

/** The measures of a set of members (a group, or all members). */
export interface ProfileMeasures {
  /** Distinct members. */
  readonly members: number;
  /** Members with at least one order: with order lines only, every member (see profileLines). */
  readonly buyers: number;
  /** Σ distinct orders of the members. */
  readonly orders: number;
  /** Σ line amount. */
  readonly gmv: number;
  /** GMV / orders (average order value). */
  readonly aov: number;
  /** orders / buyers. */
  readonly ordersPerBuyer: number;
  /** Buyers with 2 or more orders. */
  readonly repeatBuyers: number;
  /** repeatBuyers / buyers. */
  readonly repeatBuyerRate: number;
}

export interface ProfileGroup extends ProfileMeasures {
  readonly key: ProfileGroupKey;
  /** members / all members. */
  readonly memberShare: number;
  /** gmv / all GMV; null when all GMV is not above 0. */
  readonly gmvShare: number | null;
}

/** One column's breakdown. */
export interface ProfileDimension {
  /** The column's name. */
  readonly name: string;
  readonly basis: ProfileBasis;
  /**
   * Groups with at least one member: age bands in age order (the ages below them first); other values by
   * GMV, most first (ties: more members, then the value's text); Unknown last.
   */
  readonly groups: readonly ProfileGroup[];
  /** Σ gmvShare of the (up to) 5 known groups with the most GMV (the template's Top5 消費區域占比). */
  readonly top5GmvShare: number | null;
  /** How many groups that top holds (fewer than 5 when the column has fewer known values). */
  readonly topGroupCount: number;
  /** Members whose lines hold two or more distinct values of the column. */
  readonly conflictingMembers: number;
  /** Members put in Unknown for an impossible age: a birthday after the as-of day, an age below 0 or above 150. */
  readonly invalidAgeMembers: number;
}

/** Share of all GMV per (row group, column group); every cell and total sums to 1 when GMV is above 0. */
export interface ProfileCrossTab {
  /** The first column's groups (rows) and the second's (columns), in their dimensions' order. */
  readonly rowKeys: readonly ProfileGroupKey[];
  readonly columnKeys: readonly ProfileGroupKey[];
  /** gmvShare[row][column]; null throughout when all GMV is not above 0. */
  readonly gmvShare: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly columnTotals: readonly (number | null)[];
}

export interface MemberProfile {
  /** One or two breakdowns, in the order asked for. */
  readonly dimensions: readonly ProfileDimension[];
  /** All members: the sums every dimension's groups reconcile to. */
  readonly totals: ProfileMeasures;
  /** The two columns against each other; null with one column. */
  readonly crossTab: ProfileCrossTab | null;
  /** The day ages from birthdays are counted on; null when no birthday column is profiled. */
  readonly asOfSerial: number | null;
  readonly asOfSource: "given" | "dayAfterLatestOrder" | null;
  readonly usedLines: number;
  /** Lines without a member id, left out. */
  readonly skippedLines: number;
  /** Lines with a blank amount, counted as 0. */
  readonly blankAmountLines: number;
}
