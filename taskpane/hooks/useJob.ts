import { useCallback, useEffect, useRef, useState } from "react";
import { useServices } from "../app/services";
import type { JobKind, JobProgress, JobRequest, JobResult } from "../../engine/protocol";

export interface JobState {
  readonly running: boolean;
  readonly progress: JobProgress | null;
  readonly error: unknown;
  readonly cancelled: boolean;
}

const idle: JobState = { running: false, progress: null, error: null, cancelled: false };

/**
 * Runs engine jobs (and any follow-up I/O) for one feature: progress, Cancel, and the error to show.
 * `run` resolves to the job's result, or to null when it failed or was cancelled (the state says which); a task
 * that finishes although Cancel was pressed (too late to stop it) resolves to its result.
 */
export function useJob() {
  const { engine } = useServices();
  const [state, setState] = useState<JobState>(idle);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const runTask = useCallback(async <T>(task: (signal: AbortSignal) => Promise<T>): Promise<T | null> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ ...idle, running: true });
    try {
      const result = await task(current.signal);
      // A newer run took over. A Cancel that came too late to stop the task (Excel already had the write's last
      // request) leaves its work done, so it is reported as done rather than left "running".
      if (controller.current !== current) return null;
      setState(idle);
      return result;
    } catch (error) {
      setState({ ...idle, error: current.signal.aborted ? null : error, cancelled: current.signal.aborted });
      return null;
    } finally {
      if (controller.current === current) controller.current = null;
    }
  }, []);

  const runEngine = useCallback(
    <K extends JobKind>(kind: K, request: JobRequest<K>, signal: AbortSignal): Promise<JobResult<K>> =>
      engine.run(kind, request, {
        signal,
        onProgress: (progress) => setState((previous) => ({ ...previous, progress })),
      }),
    [engine],
  );

  /** Progress of the task's own work (writing the sheets), in the engine's stage keys ("writing"). */
  const report = useCallback(
    (progress: JobProgress) => setState((previous) => ({ ...previous, progress })),
    [],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearError = useCallback(() => setState(idle), []);

  return { state, runTask, runEngine, report, cancel, clearError };
}
