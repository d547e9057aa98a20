/**
 * How the playground's grid shows a cell: a small subset of Excel's number formats (dates, thousands
 * separators, fixed decimals, percent), enough to read the sample exports and the written result sheets.
 */
export function formatCell(value: number | string | boolean | undefined, numberFormat: string): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (/[yd]/i.test(numberFormat) && !numberFormat.includes("#")) return serialToIsoDate(value);
  const decimals = (numberFormat.match(/\.(0+)/)?.[1] ?? "").length;
  if (numberFormat.includes("%")) return `${(value * 100).toFixed(decimals)}%`;
  if (numberFormat.includes("#,##0")) {
    return value.toLocaleString("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  }
  if (/^0(\.0+)?$/.test(numberFormat)) return value.toFixed(decimals);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

/** Excel serial day (1900 system) → yyyy-mm-dd, via UTC milliseconds (serial 25569 = 1970-01-01). */
function serialToIsoDate(serial: number): string {
  const milliseconds = Math.round((serial - 25569) * 86400000);
  const iso = new Date(milliseconds).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
