import type { CliOptions } from "./command";

/** Flags every command takes; main adds them to each command's own options. */
export const COMMON_OPTIONS: CliOptions = {
  json: { type: "boolean", description: "print one JSON document instead of text" },
  out: {
    type: "string",
    valueName: "FILE.xlsx",
    description: "also write the result sheets to an .xlsx workbook",
  },
  locale: {
    type: "string",
    valueName: "en|zh-TW|zh-CN",
    description: "language of text output and sheets (default en)",
  },
  help: { type: "boolean", short: "h", description: "show this help" },
};

/** Flags of commands that read one data file. */
export const INPUT_OPTIONS: CliOptions = {
  input: {
    type: "string",
    short: "i",
    valueName: "FILE",
    description: "CSV (comma, tab or semicolon) or .xlsx file",
  },
  sheet: {
    type: "string",
    valueName: "NAME",
    description: "worksheet of an .xlsx file (default: the first)",
  },
  encoding: {
    type: "string",
    valueName: "NAME",
    description: "text encoding of a CSV, e.g. gb18030, big5 (default: UTF-8, else Big5 or GB18030 detected)",
  },
  "number-style": {
    type: "string",
    valueName: "dot|comma",
    description: "how text numbers are written: dot 1,234.5 or comma 1.234,5 (default: detected per column)",
  },
  "day-order": {
    type: "string",
    valueName: "dmy|mdy",
    description: "how a/b/yyyy dates are read: day first or month first (default: detected per column)",
  },
  header: {
    type: "string",
    valueName: "auto|yes|no",
    description: "whether the first row is a header (default auto)",
  },
};
