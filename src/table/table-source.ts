import type { Table, TableOptions, TableSource } from "./types";

/**
 * The `source` a table records from its options (delimiter, encoding), or nothing when the options say
 * nothing of a file (cells from a worksheet). Cost: O(1).
 *
 * @example tableSourceOf({ delimiter: ";", encoding: "big5", encodingDetected: true })
 * // { source: { delimiter: ";", encoding: "big5", encodingDetected: true } }
 * @example tableSourceOf({}) // {}
 */
export function tableSourceOf(options: TableOptions): Pick<Table, "source"> {
  const source: { -readonly [K in keyof TableSource]: TableSource[K] } = {};
  if (options.delimiter !== undefined) source.delimiter = options.delimiter;
  if (options.encoding !== undefined) source.encoding = options.encoding;
  if (options.encodingDetected !== undefined) source.encodingDetected = options.encodingDetected;
  return Object.keys(source).length === 0 ? {} : { source };
}
