import type { RequestContextLike } from "./excel-shape";
import { excelErrorCode } from "./excel-error-code";

/**
 * Excel's refusals that say "not now" rather than "never", after which the same request can be sent again:
 * - InvalidOperationInCellEditMode: the user is typing in a cell, and then "the batch automatically fails"
 *   (Excel.RunOptions reference, delayForCellEdit), before anything of it is applied.
 * - InvalidRequestContext: on the web a sheet deleted while a request runs fails that request with "The request
 *   cannot be processed because the specified worksheet cannot be found. Please try again." (OfficeDev/office-js
 *   issue 6964), whichever sheet was deleted.
 */
export const RETRYABLE_CODES: readonly string[] = ["InvalidOperationInCellEditMode", "InvalidRequestContext"];

/**
 * Waits between attempts: 4 retries over 3.75 s in all, long enough for a user to press Enter after typing a
 * value, short enough that the pane does not look stuck; after that the write stops and says why.
 */
export const RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000];

/**
 * Removing an unfinished sheet after a failed write is worth more patience, 33.75 s in all: until it is gone the
 * user sees a half-written sheet, and a user who is still typing in a cell will press Enter at some point.
 */
export const CLEANUP_DELAYS_MS: readonly number[] = [...RETRY_DELAYS_MS, 4000, 8000, 16000];

export interface RetryPolicy {
  /** One wait per retry; its length bounds the attempts. */
  readonly delaysMs: readonly number[];
  /** The same for the requests that remove an unfinished sheet. */
  readonly cleanupDelaysMs: readonly number[];
  readonly wait: (milliseconds: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delaysMs: RETRY_DELAYS_MS,
  cleanupDelaysMs: CLEANUP_DELAYS_MS,
  wait: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/**
 * Queues one request with `queue` and sends it. When Excel refuses it with a RETRYABLE_CODES code, waits the next
 * delay of the policy and queues and sends it again, from scratch: a refused request leaves nothing queued, so
 * `queue` must build every proxy it needs anew. Any other error, or the last refusal, is thrown as it came.
 *
 * Cost: at most 1 + delaysMs.length requests and the sum of delaysMs of waiting.
 * @throws whatever the request throws, after the retries for a retryable code
 * @returns what `queue` returned for the request that went through
 * @example await syncWithRetry(context, () => sheet.getRange("A1").load("values"), DEFAULT_RETRY_POLICY)
 */
export async function syncWithRetry<T>(
  context: RequestContextLike,
  queue: () => T,
  policy: RetryPolicy,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const queued = queue();
    try {
      // One request per attempt is the point: a refused request has to be sent again.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return queued;
    } catch (error) {
      const delay = policy.delaysMs[attempt];
      if (delay === undefined || !RETRYABLE_CODES.includes(excelErrorCode(error) ?? "")) throw error;
      await policy.wait(delay);
    }
  }
}
