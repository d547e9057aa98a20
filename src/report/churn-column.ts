import type { churnText } from "../i18n/messages/churn";
import type { ReportColumn } from "./types";

/** The Churn sheet's translator, bound to one locale. */
export type Translate = (
  key: Parameters<typeof churnText>[1],
  values?: Readonly<Record<string, string | number>>,
) => string;

/** A report column. */
export const column = (key: string, header: string, numberFormat: string): ReportColumn => ({
  key,
  header,
  numberFormat,
});
