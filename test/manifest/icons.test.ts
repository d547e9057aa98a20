// The committed icons are valid PNGs (checked with Node's zlib, not with the encoder under test) and are
// exactly what scripts/make-icons.cjs draws, so the script stays the source of truth.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 as zlibCrc32 } from "node:zlib";
import { crc32, ICON_SIZES_PX, iconFileName, renderIconPng } from "../../scripts/make-icons.cjs";
import { REPO_ROOT } from "./load-manifest";
import { decodePng, rgbaAt } from "./png-info";

const TEAL_RGB = [0x0f, 0x7b, 0x6c];

describe("assets/icon-*.png", () => {
  it("computes the PNG CRC-32 like zlib (check value 0xCBF43926 for the ASCII digits 1-9)", () => {
    const digits = Buffer.from("123456789", "ascii");
    expect(crc32(digits)).toBe(0xcbf43926);
    expect(zlibCrc32(digits)).toBe(0xcbf43926);
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, index) => (index * 37 + 11) % 256));
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it.each(ICON_SIZES_PX.map((sizePx) => [sizePx]))("icon-%i.png is an RGBA PNG of that size", (sizePx) => {
    const png = decodePng(readFileSync(join(REPO_ROOT, "assets", iconFileName(sizePx))));
    expect([png.widthPx, png.heightPx, png.bitDepth, png.colourType]).toEqual([sizePx, sizePx, 8, 6]);
    expect(png.chunkTypes[0]).toBe("IHDR");
    expect(png.scanlines.length).toBe(sizePx * (sizePx * 4 + 1));
  });

  it.each(ICON_SIZES_PX.map((sizePx) => [sizePx]))(
    "icon-%i.png shows a white bar on a teal square",
    (sizePx) => {
      const png = decodePng(readFileSync(join(REPO_ROOT, "assets", iconFileName(sizePx))));
      const unitPx = sizePx / 16;
      expect(rgbaAt(png, 0, 0)[3]).toBe(0); // rounded corner: transparent
      expect(rgbaAt(png, Math.floor(8 * unitPx), Math.floor(1.5 * unitPx))).toEqual([...TEAL_RGB, 255]);
      expect(rgbaAt(png, Math.floor(12 * unitPx), Math.floor(10 * unitPx))).toEqual([255, 255, 255, 255]); // tallest bar
    },
  );

  it("has the pixels scripts/make-icons.cjs draws (run `node scripts/make-icons.cjs` after a design change)", () => {
    // Pixels, not bytes: another zlib version may compress the same pixels differently.
    for (const sizePx of ICON_SIZES_PX) {
      const committed = decodePng(readFileSync(join(REPO_ROOT, "assets", iconFileName(sizePx))));
      expect(committed.scanlines.equals(decodePng(renderIconPng(sizePx)).scanlines)).toBe(true);
    }
  });

  it("refuses sizes that would not align the bars to pixels", () => {
    expect(() => renderIconPng(20)).toThrow("multiple of 16");
  });
});
