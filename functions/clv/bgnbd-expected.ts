import type { BgnbdParams } from "../../src/clv/types";
import { EngineError } from "../../engine/engine-error";
import { runSizedFunctionJob } from "../shared/engine";
import { ENGINE_FROM_CELLS } from "../shared/engine-thresholds";
import { toExcelError } from "../shared/excel-error";
import { BGNBD_EMPTY } from "./models";
import { mapNumericPositions, type NamedRange } from "./ranges";

/**
 * E[Y(horizon) | x, t_x, T] per position of =CLV.BGNBD's ranges, in their shape: an empty position stays blank, a
 * bad cell or a customer the model rejects (e.g. recency above T) is #VALUE! in its own cell. The predictions are
 * the clvBgnbdExpected job, inline for small ranges and on the worker from ENGINE_FROM_CELLS.clvBgnbdExpected
 * cells (cancelable); the parameters and horizon are checked by the job once, so a bad one is one #VALUE!.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, SPILL_TOO_LARGE, BGNBD_PARAMS_INVALID, BGNBD_HORIZON_INVALID
 */
export async function bgnbdExpectedCells(
  ranges: readonly NamedRange[],
  params: BgnbdParams,
  horizon: number,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  const customers: (readonly number[])[] = [];
  // First pass: read the cells; a good position becomes the index of its customer.
  const positions = mapNumericPositions(
    ranges,
    "CLV.BGNBD",
    (values) => customers.push(values) - 1,
    toExcelError,
    BGNBD_EMPTY,
  );
  const column = (at: number) => Float64Array.from(customers, (values) => values[at] as number);
  const predictions = await runSizedFunctionJob(
    "clvBgnbdExpected",
    { params, horizon, frequency: column(0), recency: column(1), age: column(2) },
    { size: positions.length * (positions[0]?.length ?? 0), engineFrom: ENGINE_FROM_CELLS.clvBgnbdExpected },
    invocation,
  );
  return positions.map((row) =>
    row.map((cell) => {
      if (typeof cell !== "number") return cell;
      const prediction = predictions[cell];
      return typeof prediction === "object" ? toExcelError(new EngineError(prediction)) : prediction;
    }),
  );
}
