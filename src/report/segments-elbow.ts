import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { ReportCell, ReportTable } from "./types";

/** An elbow sweep as plain arrays: inertia (within-cluster sum of squares) per k, and the knee if one was found. */
export interface ElbowInput {
  readonly ks: readonly number[];
  readonly inertias: ArrayLike<number>;
  /** The k marked as the knee; null or absent when there is none. */
  readonly kneeK?: number | null;
}

/**
 * The elbow table ("segments.elbow"): k, inertia, its first difference (inertia(k − 1) − inertia(k), the drop
 * bought by one more cluster; empty on the first row) and a marker on the knee's row.
 *
 * Cost: O(ks).
 *
 * @throws CoreError ELBOW_EMPTY, COLUMN_LENGTH_MISMATCH, VALUE_NOT_FINITE, KNEE_NOT_IN_SWEEP
 * @example elbowTable("en", { ks: [1, 2, 3], inertias: [100, 40, 30], kneeK: 2 }).rows
 * // [[1, 100, null, null], [2, 40, 60, "◀ knee"], [3, 30, 10, null]]
 */
export function elbowTable(locale: Locale, elbow: ElbowInput): ReportTable {
  const { ks, inertias } = elbow;
  if (ks.length === 0) throw new CoreError("ELBOW_EMPTY", "The elbow table needs at least one k");
  if (inertias.length !== ks.length) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      `${inertias.length} within-segment sums of squares for ${ks.length} values of k: one per k is needed`,
    );
  }
  for (let index = 0; index < ks.length; index++) {
    if (!Number.isFinite(ks[index]) || !Number.isFinite(inertias[index])) {
      throw new CoreError(
        "VALUE_NOT_FINITE",
        `k or its within-segment sum of squares on row ${index + 1} is not a finite number`,
      );
    }
  }
  const kneeK = elbow.kneeK ?? null;
  if (kneeK !== null && !ks.includes(kneeK)) {
    throw new CoreError("KNEE_NOT_IN_SWEEP", `The elbow at k = ${kneeK} is not one of the values of k swept`);
  }
  const kneeText = rfmMessages(locale, "report.value.knee");
  const rows: ReportCell[][] = ks.map((k, index) => [
    k,
    inertias[index] as number,
    index === 0 ? null : (inertias[index - 1] as number) - (inertias[index] as number),
    k === kneeK ? kneeText : null,
  ]);
  const text = (key: Parameters<typeof rfmMessages>[1]) => rfmMessages(locale, key);
  return {
    id: "segments.elbow",
    title: text("report.elbow.title"),
    columns: [
      { key: "k", header: text("report.header.k"), numberFormat: "0" },
      { key: "inertia", header: text("report.header.inertia"), numberFormat: "#,##0.00" },
      { key: "inertiaDrop", header: text("report.header.inertiaDrop"), numberFormat: "#,##0.00" },
      { key: "knee", header: text("report.header.knee"), numberFormat: "@" },
    ],
    rows,
    notes: [text("report.note.elbow")],
  };
}
