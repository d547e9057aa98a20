import { CoreError } from "../errors";

/**
 * The most cells one worksheet function's result may spill. More belong to the task pane or the command line:
 * a spill that large is slow to recalculate and cannot be cancelled half-way, while those doors write in row
 * blocks. One limit for every function, so =RFM.TABLE and =CLV.* agree.
 */
export const MAX_SPILL_CELLS = 100_000;

/**
 * Throws unless `cellCount` cells fit in one spill. The message is the caller's (it names the function and the
 * door to use instead); details carry the count and the limit.
 *
 * @example
 * requireSpillFits(8, () => "RFM.TABLE: too many members") // undefined
 * requireSpillFits(100_001, () => "RFM.TABLE: too many members") // throws CoreError SPILL_TOO_LARGE
 * @throws CoreError SPILL_TOO_LARGE
 */
export function requireSpillFits(cellCount: number, message: () => string): void {
  if (cellCount > MAX_SPILL_CELLS) {
    throw new CoreError("SPILL_TOO_LARGE", message(), { value: cellCount, bound: MAX_SPILL_CELLS });
  }
}
