import type { KMeansProblem, KMeansTask, RestartOutcome } from "../../src/cluster";

/** What the pool sends a worker: the problem once, then tasks. */
export type ToKMeansWorker =
  | { readonly type: "problem"; readonly problem: KMeansProblem }
  | { readonly type: "task"; readonly task: KMeansTask };

/** What a worker answers for each task. */
export type FromKMeansWorker =
  | { readonly type: "outcome"; readonly outcome: RestartOutcome }
  | { readonly type: "error"; readonly message: string };
