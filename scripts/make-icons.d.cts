/** Types for scripts/make-icons.cjs (used by test/manifest/icons.test.ts). */
export declare const ICON_SIZES_PX: readonly number[];
/** CRC-32 as used by PNG chunks. */
export declare function crc32(bytes: Uint8Array): number;
/** Encodes 8-bit RGBA pixels as a PNG file. */
export declare function encodePng(widthPx: number, heightPx: number, rgba: Buffer): Buffer;
/** "icon-<size>.png". */
export declare function iconFileName(sizePx: number): string;
/** The add-in icon at sizePx × sizePx (a multiple of 16), as PNG bytes. */
export declare function renderIconPng(sizePx: number): Buffer;
