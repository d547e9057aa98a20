import { FileError } from "./file-error";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * How a data file is read: "xlsx" when its bytes are a zip archive (whatever its name, so a misnamed file
 * still reads), else "csv". Legacy workbooks are refused with a hint.
 *
 * @example fileFormatOf(new Uint8Array([0x61, 0x2c, 0x62]), "a.csv") // "csv"
 * @throws FileError for a legacy .xls/.xlsb workbook, or a file named .xlsx/.xls that is not a zip archive
 */
export function fileFormatOf(bytes: Uint8Array, file: string): "xlsx" | "csv" {
  if (isZip(bytes)) return "xlsx";
  if (isLegacyWorkbook(bytes, file)) {
    throw new FileError("legacy .xls/.xlsb workbooks are not supported; save it as .xlsx or CSV UTF-8", file);
  }
  if (/\.xlsx?$/i.test(file)) throw new FileError("is not a readable .xlsx workbook", file);
  return "csv";
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

function isLegacyWorkbook(bytes: Uint8Array, file: string): boolean {
  return /\.(xls|xlsb)$/i.test(file) || OLE_MAGIC.every((byte, index) => bytes[index] === byte);
}
