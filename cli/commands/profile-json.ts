import type { ProfileResult } from "../../src/analysis/profile";
import { profileGroupValue } from "../../src/member/profile-group-key";
import type { ProfileGroup, ProfileMeasures } from "../../src/member/profile-types";
import { serialDayToIsoDate } from "../../src/table/excel-serial";

/** One group of --json: its value (null = Unknown, "<18" = below the first age band) and its measures. */
export interface ProfileGroupJson {
  readonly value: string | null;
  readonly members: number;
  readonly memberShare: number;
  readonly buyers: number;
  readonly orders: number;
  readonly gmv: number;
  readonly gmvShare: number | null;
  readonly aov: number;
  readonly ordersPerBuyer: number;
  readonly repeatBuyerRate: number;
}

export interface ProfileJson {
  /** The profiled columns, as the table names them. */
  readonly by: readonly string[];
  /** The first column's groups. */
  readonly groups: readonly ProfileGroupJson[];
  readonly top5GmvShare: number | null;
  readonly totals: Omit<ProfileMeasures, "repeatBuyers">;
  /** With two columns: the second column's groups and the GMV share of every pair. */
  readonly crossTab?: {
    readonly rows: readonly (string | null)[];
    readonly columns: readonly (string | null)[];
    readonly gmvShare: readonly (readonly (number | null)[])[];
    readonly rowTotals: readonly (number | null)[];
    readonly columnTotals: readonly (number | null)[];
    readonly columnGroups: readonly ProfileGroupJson[];
    readonly columnTop5GmvShare: number | null;
  };
  /** The day ages were counted on (yyyy-mm-dd), when a birthday column is profiled. */
  readonly asOf: string | null;
  readonly quality: {
    readonly blankAmountRows: number;
    readonly columns: readonly {
      readonly name: string;
      readonly conflictingMembers: number;
      readonly invalidAgeMembers: number;
    }[];
  };
  readonly rows: { readonly read: number; readonly used: number; readonly skipped: number };
}

/** The --json document of `profile` (see ProfileJson). */
export function profileJson(result: ProfileResult): ProfileJson {
  const { profile } = result;
  const [first, second] = profile.dimensions;
  const { repeatBuyers: _repeatBuyers, ...totals } = profile.totals;
  const crossTab = profile.crossTab;
  return {
    by: result.by,
    groups: (first?.groups ?? []).map(groupJson),
    top5GmvShare: first?.top5GmvShare ?? null,
    totals,
    ...(crossTab === null || second === undefined
      ? {}
      : {
          crossTab: {
            rows: crossTab.rowKeys.map(profileGroupValue),
            columns: crossTab.columnKeys.map(profileGroupValue),
            gmvShare: crossTab.gmvShare,
            rowTotals: crossTab.rowTotals,
            columnTotals: crossTab.columnTotals,
            columnGroups: second.groups.map(groupJson),
            columnTop5GmvShare: second.top5GmvShare,
          },
        }),
    asOf: profile.asOfSerial === null ? null : serialDayToIsoDate(profile.asOfSerial),
    quality: {
      blankAmountRows: profile.blankAmountLines,
      columns: profile.dimensions.map(({ name, conflictingMembers, invalidAgeMembers }) => ({
        name,
        conflictingMembers,
        invalidAgeMembers,
      })),
    },
    rows: result.rows,
  };
}

function groupJson(group: ProfileGroup): ProfileGroupJson {
  return {
    value: profileGroupValue(group.key),
    members: group.members,
    memberShare: group.memberShare,
    buyers: group.buyers,
    orders: group.orders,
    gmv: group.gmv,
    gmvShare: group.gmvShare,
    aov: group.aov,
    ordersPerBuyer: group.ordersPerBuyer,
    repeatBuyerRate: group.repeatBuyerRate,
  };
}
