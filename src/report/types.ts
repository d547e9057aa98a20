/**
 * What a result sheet holds. The core's report builders produce these; the task pane's workbook port and the
 * command line's XLSX writer only write them, so both front doors produce the same sheets.
 */

/** A cell in a written table. Dates are written as Excel serial numbers with a date number format. */
export type ReportCell = number | string | boolean | null;

export interface ReportColumn {
  /** Stable key (used by chart specs and tests), independent of the UI language. */
  readonly key: string;
  /** Localised header text written in the header row. */
  readonly header: string;
  /** Excel number format, e.g. "General", "#,##0", "0.0%", "yyyy-mm-dd", "@". */
  readonly numberFormat: string;
  /**
   * A format per data row where one column mixes kinds (the KPI table's values: money, counts and ratios; model
   * parameters to 4 significant digits); null or a missing entry keeps `numberFormat`. Every writer applies it
   * (cellNumberFormat). @default none
   */
  readonly rowNumberFormats?: readonly (string | null)[];
  /** Column width in characters; omitted means fit to content. */
  readonly widthChars?: number;
  /**
   * A stable row id (e.g. the KPI key "gmv") for tests, the JSON and look-ups, not for a reader: the writers
   * leave it out of the sheet (shown-columns.ts). @default false
   */
  readonly rowKey?: boolean;
}

export interface ReportTable {
  /** Stable id, e.g. "segments.summary"; chart specs refer to tables by it. */
  readonly id: string;
  /** Localised title written above the table. */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Optional localised notes written under the title (definitions, warnings, the as-of date...). */
  readonly notes?: readonly string[];
  /**
   * Column keys whose data cells get a three-colour scale (conditional formatting), e.g. the weekday × hour
   * heat table and the cohort triangle. The CLI's XLSX writer and the port both apply it.
   */
  readonly heatmapColumns?: readonly string[];
}

export type ChartKind = "columnClustered" | "line" | "xyScatter";

export interface ChartSpec {
  readonly kind: ChartKind;
  /** Localised chart title. */
  readonly title: string;
  /** The table (in the same sheet) the chart is drawn from. */
  readonly tableId: string;
  /** Column key of the categories (column/line) or of the x values (scatter). */
  readonly xColumn: string;
  /** Column keys of the plotted values, one series each (for a scatter: the y column, first entry). */
  readonly yColumns: readonly string[];
  /** Scatter only: column key whose distinct values make one series each (e.g. the segment). */
  readonly groupColumn?: string;
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
}

/** Provenance written on every result sheet, so a number can be traced back to its inputs. */
export interface RunRecord {
  readonly inputAddress: string;
  readonly rowCount: number;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  readonly seed?: number;
  readonly engineVersion: string;
  /** ISO 8601 time of the run. */
  readonly timestampIso: string;
}

export interface ResultSheet {
  /** Localised base name ("Segments", "分群"); the writer makes it unique ("Segments (2)"). */
  readonly baseName: string;
  readonly tables: readonly ReportTable[];
  readonly charts: readonly ChartSpec[];
  readonly runRecord: RunRecord;
}
