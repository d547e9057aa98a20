import type { Locale } from "../../src/i18n/locale";
import type { ExcelLike, RequirementsLike } from "./excel-shape";
import type { PreviousRun, PreviousSheet } from "./previous-run";
import type { RetryPolicy } from "./sync-retry";

/** What `writeResultSheets` is asked to do besides the sheets, and what it gives back (write-result-sheets.ts). */
export interface WriteResultsOptions {
  /** Share of the whole write done, 0..1, after each request, and the index of the sheet being written. */
  readonly onProgress?: (fraction: number, sheetIndex: number) => void;
  readonly signal?: AbortSignal;
  /** Language of the run-record labels. @default "en" */
  readonly locale?: Locale;
  /** Make the first sheet the active one. @default true */
  readonly activate?: boolean;
  /**
   * The pane feature whose run this is: its sheets are remembered as the feature's latest run (previous-run.ts).
   * With `replacePrevious` true each sheet rewrites in place the previous run's sheet of the same kind, if that is
   * still there as it was written; false writes new sheets beside them; undefined (the choice was not offered)
   * writes new sheets and keeps the remembered choice. @default no feature: new sheets, nothing remembered
   */
  readonly run?: { readonly feature: string; readonly replacePrevious?: boolean };
}

export interface WrittenSheet {
  readonly sheetName: string;
  /** Sheet-qualified address of each table's header and rows, by table id. */
  readonly tableAddresses: Readonly<Record<string, string>>;
}

export interface WrittenRunSheet extends WrittenSheet {
  /** True when an earlier sheet was rewritten in place, so references to it now read this result. */
  readonly replaced: boolean;
  /** The previous run's sheet of the same kind, when it was to be replaced but was renamed or deleted. */
  readonly notReplaced?: PreviousSheet;
}

export interface WrittenRun {
  readonly sheets: readonly WrittenRunSheet[];
  /** The feature's run as now remembered (all its sheets present), or null without `run`. */
  readonly previousRun: PreviousRun | null;
}

export interface WriteEnvironment {
  readonly excel: ExcelLike;
  readonly requirements: RequirementsLike;
  readonly budgetBytes: number;
  readonly retry: RetryPolicy;
  readonly session: string;
}
