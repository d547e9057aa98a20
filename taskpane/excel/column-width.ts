/**
 * Column width in points for a width in characters of the default font: Calibri 11 has a maximum digit
 * width of 7 px and Excel adds 5 px of padding (ECMA-376 Part 1, 18.3.1.13 "col", attribute width), and a
 * pixel is 0.75 pt at 96 dpi. Excel's default 8.43 characters are 64 px = 48 pt.
 *
 * @example characterWidthToPoints(8.43) // 48; characterWidthToPoints(12) // 66.75
 */
export function characterWidthToPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}
