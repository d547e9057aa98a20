/**
 * The typed, column-oriented table that every analysis reads. Built by `tableFromGrid` from what Excel gives
 * (values + number formats) or from a parsed CSV/XLSX sheet.
 */

/** What a column means to the analyses, recognised from its header (en, zh-TW, zh-CN) or set by the user. */
export type ColumnRole =
  | "memberId"
  | "orderId"
  | "orderDate"
  | "amount"
  | "quantity"
  | "unitPrice"
  | "tagPrice"
  | "salePrice"
  | "stock"
  | "uv"
  | "favourites"
  | "addToCart"
  | "productName"
  | "productId"
  | "sku"
  | "skuCount"
  | "category"
  | "discount"
  | "couponAmount"
  | "registrationDate"
  | "channel"
  | "status"
  | "returnQuantity"
  | "returnAmount"
  | "region"
  | "gender"
  | "birthday"
  | "age"
  | "membershipLevel";

/** A column's value type. Dates are Excel serial day numbers (1900 system), with a time-of-day fraction. */
export type ColumnType = "number" | "date" | "text" | "boolean";

/**
 * A rectangular-ish block of cells as read: Office.js `range.values` (numbers, strings, booleans, "" for blank,
 * error text such as "#N/A") with `range.numberFormat`, or a parsed CSV (strings) / XLSX sheet (strings,
 * numbers, booleans, `Date`, null). Rows may have different lengths (CSV); missing cells are blank.
 */
export interface RawGrid {
  readonly values: readonly (readonly unknown[])[];
  /** Excel number formats parallel to `values` (e.g. "yyyy-mm-dd" tells a date serial from a number). */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Sheet row or file line of `values[0]`, used in messages. @default 1 */
  readonly firstRowNumber?: number;
}

interface ColumnBase {
  /** Unique within the table: a repeated header gets " (2)", " (3)"; a blank header is "Column N". */
  readonly name: string;
  /** The header text as written (trimmed); "" when there is no header row or the cell was blank. */
  readonly header: string;
  /** 0-based index of the column in the grid. */
  readonly sourceIndex: number;
  readonly role: ColumnRole | null;
}

/** Numbers; null where blank, an error value, or unparseable (each of those is a quality issue or blank). */
export interface NumberColumn extends ColumnBase {
  readonly type: "number";
  readonly values: readonly (number | null)[];
  /**
   * How the column's text was read, when that was not plain "1,234.5" style: "comma" = "1.234,5" (decimal
   * comma), "dot" = assumed for values that read both ways ("1,234"), "mixed" = both styles occur and only
   * values that read the same either way were kept. Absent for numbers typed in Excel and ordinary text.
   */
  readonly numberStyle?: "dot" | "comma" | "mixed";
}

/** Excel serial days (1900 system, 25569 = 1970-01-01), fraction = time of day; null where missing. */
export interface DateColumn extends ColumnBase {
  readonly type: "date";
  readonly values: readonly (number | null)[];
  /**
   * How its "a/b/yyyy" text was read, when it has some whose parts differ: "dmy" or "mdy" (decided by a
   * value with a part above 12, by the user's option, or assumed). Absent for columns without such dates.
   */
  readonly dayOrder?: "dmy" | "mdy";
  /** True when no value decided `dayOrder` and the user set none: the order is the default, month first. */
  readonly dayOrderAssumed?: boolean;
}

/** Trimmed text; numbers become their shortest decimal text, dates ISO "yyyy-mm-dd", booleans "TRUE"/"FALSE". */
export interface TextColumn extends ColumnBase {
  readonly type: "text";
  readonly values: readonly (string | null)[];
}

export interface BooleanColumn extends ColumnBase {
  readonly type: "boolean";
  readonly values: readonly (boolean | null)[];
}

export type Column = NumberColumn | DateColumn | TextColumn | BooleanColumn;

/** One cited cell of a quality issue. */
export interface QualityExample {
  /** Sheet row / file line (1-based), as the user sees it. */
  readonly row: number;
  /** Column name in the table ("" when the issue is about a whole row). */
  readonly column: string;
  /** The raw value as text ("" for a blank). */
  readonly value: string;
}

/** One data-quality rule that fired: how many rows it affects and the first five cells that show it. */
export interface QualityIssue {
  /** Stable rule id, e.g. "unparseableNumber" (see QUALITY_RULES). */
  readonly rule: string;
  /** Number of rows affected (a row with two bad cells counts once). */
  readonly count: number;
  readonly examples: readonly QualityExample[];
}

export interface Table {
  /** Data rows kept (fully blank rows are skipped and reported as the emptyRow issue). */
  readonly rowCount: number;
  readonly columns: readonly Column[];
  /** Row number of the header, or null when the grid has no header row. */
  readonly headerRowNumber: number | null;
  /** Row number (sheet row / file line) of each data row, for messages. */
  readonly sourceRowNumbers: readonly number[];
  /** Issues in the order of QUALITY_RULES; rules that did not fire are absent. */
  readonly quality: readonly QualityIssue[];
  /** What the caller said of the file the cells came from (TableOptions' delimiter and encoding). */
  readonly source?: TableSource;
}

/** The file a table was read from, as its reader found it: shown in the quality report. */
export interface TableSource {
  /** CSV delimiter; ";" means numbers default to a decimal comma. */
  readonly delimiter?: string;
  /** WHATWG name of the text encoding read ("utf-8", "big5", "gb18030"). */
  readonly encoding?: string;
  /** True when the encoding was guessed because the file was not UTF-8. */
  readonly encodingDetected?: boolean;
}

export interface TableOptions {
  /** "auto" detects a header row; true/false force it. @default "auto" */
  readonly header?: "auto" | boolean;
  /** Role → column name (or header text); wins over recognition. */
  readonly roles?: Partial<Record<ColumnRole, string>>;
  /** Column name (or header text) → type; wins over the role's type and over inference. */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Excel serial of "today"; when given, dates after it are reported as futureDate. @default undefined */
  readonly todaySerial?: number;
  /**
   * How "a/b/yyyy" dates are read: "dmy" (13/04/2021 = 13 April) or "mdy". Undefined = detected per column
   * from values with a part above 12, month first when none decides (reported as dayOrderAssumed).
   * @default undefined
   */
  readonly dayOrder?: "dmy" | "mdy";
  /**
   * How text numbers are read: "dot" ("1,234.5") or "comma" ("1.234,5"). Undefined = detected per column
   * (numberStyleOfCells; reported as decimalComma / numberStyleAssumed). @default undefined
   */
  readonly numberStyle?: "dot" | "comma";
  /**
   * Delimiter of the CSV the cells came from (";" makes decimal commas the default; see NumberStyleContext).
   * @default undefined (cells from a worksheet)
   */
  readonly delimiter?: string;
  /** Encoding of the file the cells came from, for the quality report only. @default undefined */
  readonly encoding?: string;
  /** True when `encoding` was guessed (the file was not UTF-8). @default undefined */
  readonly encodingDetected?: boolean;
}
