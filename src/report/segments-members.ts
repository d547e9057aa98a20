import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { MemberRfm } from "../rfm/member-rfm";
import type { StudyLevels } from "../rfm/threshold-levels";
import { asOfNote, skippedRowsNotes } from "./segment-notes";
import { labelTexts, type MemberLabels } from "./segment-text";
import type { ReportCell, ReportColumn, ReportTable } from "./types";

/** Per-member score columns, e.g. the `.scores` of {@link rfmQuantileScores}' three results. */
export interface RfmScoreColumns {
  readonly recency: ArrayLike<number>;
  readonly frequency: ArrayLike<number>;
  readonly monetary: ArrayLike<number>;
}

/** What the per-member table shows besides R, F and M; every column is optional and has one value per member. */
export interface MemberAssignmentInput {
  readonly members: MemberRfm;
  /** 1 = recent (see recentMembers). */
  readonly recent?: ArrayLike<number>;
  readonly scores?: RfmScoreColumns;
  readonly levels?: StudyLevels;
  /** 0-based cluster labels; written 1-based. */
  readonly clusterLabels?: ArrayLike<number>;
  readonly labels?: MemberLabels;
}

interface Column {
  readonly spec: ReportColumn;
  readonly cell: (index: number) => ReportCell;
}

/**
 * The per-member assignment table ("segments.members"): member, days since last order, orders, amount, then
 * whichever of recency group, R/F/M scores, study levels, cluster (1-based) and label were given.
 *
 * Cost: O(n × columns).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, LABEL_CODE_INVALID
 * @example
 * import { rfmFromMemberTable } from "../rfm/rfm-from-member-table";
 * const members = rfmFromMemberTable({ memberIds: ["a", "b"], recencyDays: [3, 200], frequency: [7, 1], monetary: [8000, 90] });
 * memberAssignmentTable("en", { members }).columns.map((c) => c.key)
 * // ["member", "recencyDays", "frequency", "monetary"]
 */
export function memberAssignmentTable(locale: Locale, input: MemberAssignmentInput): ReportTable {
  const { members } = input;
  const count = members.memberIds.length;
  const header = (key: Parameters<typeof rfmMessages>[1]) => rfmMessages(locale, key);
  const numberColumn = (
    key: string,
    title: string,
    format: string,
    values: ArrayLike<number>,
    offset = 0,
  ): Column => {
    if (values.length !== count) {
      throw new CoreError(
        "COLUMN_LENGTH_MISMATCH",
        `The ${title} column has ${values.length} values for ${count} members: one per member is needed`,
      );
    }
    return {
      spec: { key, header: title, numberFormat: format },
      cell: (index) => (values[index] as number) + offset,
    };
  };

  const columns: Column[] = [
    {
      spec: { key: "member", header: header("report.header.member"), numberFormat: "@" },
      cell: (index) => members.memberIds[index] as string | number,
    },
    numberColumn("recencyDays", header("report.header.recencyDays"), "#,##0", members.recencyDays),
    numberColumn("frequency", header("report.header.frequency"), "#,##0", members.frequency),
    numberColumn("monetary", header("report.header.monetary"), "#,##0.00", members.monetary),
  ];
  if (input.recent !== undefined) {
    const recent = numberColumn("recent", header("report.header.recent"), "@", input.recent);
    const texts = [header("report.value.notRecent"), header("report.value.recent")];
    columns.push({ spec: recent.spec, cell: (index) => texts[recent.cell(index) === 1 ? 1 : 0] as string });
  }
  if (input.scores !== undefined) {
    columns.push(
      numberColumn("recencyScore", header("report.header.recencyScore"), "0", input.scores.recency),
    );
    columns.push(
      numberColumn("frequencyScore", header("report.header.frequencyScore"), "0", input.scores.frequency),
    );
    columns.push(
      numberColumn("monetaryScore", header("report.header.monetaryScore"), "0", input.scores.monetary),
    );
  }
  if (input.levels !== undefined) {
    columns.push(
      numberColumn(
        "orderCountLevel",
        header("report.header.orderCountLevel"),
        "0",
        input.levels.orderCountLevel,
      ),
    );
    columns.push(
      numberColumn("salesLevel", header("report.header.salesLevel"), "0", input.levels.salesLevel),
    );
  }
  if (input.clusterLabels !== undefined) {
    columns.push(numberColumn("cluster", header("report.header.cluster"), "0", input.clusterLabels, 1));
  }
  if (input.labels !== undefined) {
    const codes = numberColumn("label", header("report.header.label"), "@", input.labels.codes);
    const texts = labelTexts(locale, input.labels.scheme, "label");
    columns.push({ spec: codes.spec, cell: (index) => labelText(texts, codes.cell(index) as number, index) });
  }

  const rows: ReportCell[][] = new Array(count);
  for (let index = 0; index < count; index++) rows[index] = columns.map((column) => column.cell(index));
  const notes = [asOfNote(locale, members), ...skippedRowsNotes(locale, members)];
  if (input.clusterLabels !== undefined) notes.push(header("report.note.clusterNumbers"));
  return {
    id: "segments.members",
    title: header("report.members.title"),
    columns: columns.map((column) => column.spec),
    rows,
    notes,
  };
}

function labelText(texts: readonly string[], code: number, index: number): string {
  const text = texts[code];
  if (text === undefined) {
    throw new CoreError("LABEL_CODE_INVALID", `Label code ${code} names no label (member ${index + 1})`);
  }
  return text;
}
