#!/usr/bin/env node
// Draws the add-in's icons (a white bar chart on a rounded teal square) and writes assets/icon-<size>.png.
// Run `node scripts/make-icons.cjs` after changing the design; the PNGs are committed and
// test/manifest/icons.test.ts checks that they still equal this script's output.
// Only node:zlib is used: the PNG encoder below writes the signature, IHDR, IDAT and IEND chunks
// (PNG specification, W3C 2nd edition, sections 5.2-5.6 and 11.2), each with its CRC-32.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** Sizes in pixels: 16/32/80 are the ribbon's required sizes, 64 the high-resolution icon, 128 the store listing. */
const ICON_SIZES_PX = [16, 32, 64, 80, 128];

/** The design on a 16 × 16 grid, scaled by size / 16 so every edge of a bar falls on a pixel boundary. */
const GRID_UNITS = 16;
const CORNER_RADIUS_UNITS = 3;
/** Bars as [left, top, right, bottom] in grid units; baseline at 13. */
const BARS_UNITS = [
  [3, 9, 5, 13],
  [7, 6, 9, 13],
  [11, 3, 13, 13],
];
const BACKGROUND_RGB = [0x0f, 0x7b, 0x6c];
const BAR_RGB = [0xff, 0xff, 0xff];
/** Samples per pixel side for anti-aliasing the rounded corners (4 × 4 = 16 samples). */
const SUBSAMPLES = 4;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    table[byte] = crc >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309 / ITU-T V.42, the polynomial PNG uses) of a byte sequence. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major, 4 bytes per pixel) as a PNG file. */
function encodePng(widthPx, heightPx, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(widthPx, 0);
  header.writeUInt32BE(heightPx, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  const rowBytes = widthPx * 4;
  const scanlines = Buffer.alloc((rowBytes + 1) * heightPx);
  for (let row = 0; row < heightPx; row++) {
    scanlines[row * (rowBytes + 1)] = 0; // filter type None
    rgba.copy(scanlines, row * (rowBytes + 1) + 1, row * rowBytes, (row + 1) * rowBytes);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlib.deflateSync(scanlines, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(xUnits, yUnits) {
  const r = CORNER_RADIUS_UNITS;
  const nearestX = Math.min(Math.max(xUnits, r), GRID_UNITS - r);
  const nearestY = Math.min(Math.max(yUnits, r), GRID_UNITS - r);
  return (xUnits - nearestX) ** 2 + (yUnits - nearestY) ** 2 <= r * r;
}

function insideBar(xUnits, yUnits) {
  return BARS_UNITS.some(
    ([left, top, right, bottom]) => xUnits >= left && xUnits < right && yUnits >= top && yUnits < bottom,
  );
}

/** Renders the icon at sizePx × sizePx and returns the PNG file's bytes. */
function renderIconPng(sizePx) {
  if (!Number.isInteger(sizePx) || sizePx < GRID_UNITS || sizePx % GRID_UNITS !== 0) {
    throw new Error(`renderIconPng requires a size that is a multiple of ${GRID_UNITS} (got ${sizePx})`);
  }
  const unitsPerSample = GRID_UNITS / (sizePx * SUBSAMPLES);
  const rgba = Buffer.alloc(sizePx * sizePx * 4);
  for (let py = 0; py < sizePx; py++) {
    for (let px = 0; px < sizePx; px++) {
      let coveredSamples = 0;
      let barSamples = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const xUnits = (px * SUBSAMPLES + sx + 0.5) * unitsPerSample;
          const yUnits = (py * SUBSAMPLES + sy + 0.5) * unitsPerSample;
          if (!insideRoundedSquare(xUnits, yUnits)) continue;
          coveredSamples++;
          if (insideBar(xUnits, yUnits)) barSamples++;
        }
      }
      const offset = (py * sizePx + px) * 4;
      const barShare = coveredSamples === 0 ? 0 : barSamples / coveredSamples;
      for (let channel = 0; channel < 3; channel++) {
        const mixed = BACKGROUND_RGB[channel] * (1 - barShare) + BAR_RGB[channel] * barShare;
        rgba[offset + channel] = coveredSamples === 0 ? 0 : Math.round(mixed);
      }
      rgba[offset + 3] = Math.round((255 * coveredSamples) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return encodePng(sizePx, sizePx, rgba);
}

function iconFileName(sizePx) {
  return `icon-${sizePx}.png`;
}

module.exports = { ICON_SIZES_PX, crc32, encodePng, iconFileName, renderIconPng };

if (require.main === module) {
  const assetsDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(assetsDir, { recursive: true });
  for (const sizePx of ICON_SIZES_PX) {
    const target = path.join(assetsDir, iconFileName(sizePx));
    fs.writeFileSync(target, renderIconPng(sizePx));
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
  }
}
