// A minimal PNG reader for the icon tests, independent of scripts/make-icons.cjs: chunk CRCs are checked
// with Node's zlib.crc32 and IDAT is inflated with zlib.inflateSync (PNG specification, W3C, sections 5 and 11).
import { readFileSync } from "node:fs";
import { crc32, inflateSync } from "node:zlib";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface DecodedPng {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly chunkTypes: readonly string[];
  /** Inflated scanlines, each starting with its filter-type byte. */
  readonly scanlines: Buffer;
}

/** Parses a PNG file's chunks; throws on a bad signature, a bad CRC or a missing IHDR/IDAT/IEND. */
export function decodePng(bytes: Buffer): DecodedPng {
  if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error("not a PNG signature");
  const chunkTypes: string[] = [];
  const idatParts: Buffer[] = [];
  let header: Buffer | undefined;
  let offset = PNG_SIGNATURE.length;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const storedCrc = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== storedCrc)
      throw new Error(`bad CRC in ${type}`);
    chunkTypes.push(type);
    if (type === "IHDR") header = data;
    if (type === "IDAT") idatParts.push(data);
    offset += 12 + length;
  }
  if (header === undefined || idatParts.length === 0 || chunkTypes.at(-1) !== "IEND") {
    throw new Error(`incomplete PNG (chunks: ${chunkTypes.join(", ")})`);
  }
  return {
    widthPx: header.readUInt32BE(0),
    heightPx: header.readUInt32BE(4),
    bitDepth: header[8] ?? -1,
    colourType: header[9] ?? -1,
    chunkTypes,
    scanlines: inflateSync(Buffer.concat(idatParts)),
  };
}

/** Width and height of a PNG file on disk. */
export function readPngSize(filePath: string): { widthPx: number; heightPx: number } {
  const { widthPx, heightPx } = decodePng(readFileSync(filePath));
  return { widthPx, heightPx };
}

/** RGBA of one pixel of an 8-bit RGBA PNG whose scanlines all use filter type 0. */
export function rgbaAt(png: DecodedPng, xPx: number, yPx: number): [number, number, number, number] {
  const rowStart = yPx * (png.widthPx * 4 + 1);
  if (png.scanlines[rowStart] !== 0)
    throw new Error(`row ${yPx} uses a PNG filter; rgbaAt reads unfiltered rows only`);
  const at = rowStart + 1 + xPx * 4;
  return [
    png.scanlines[at] ?? -1,
    png.scanlines[at + 1] ?? -1,
    png.scanlines[at + 2] ?? -1,
    png.scanlines[at + 3] ?? -1,
  ];
}
