import { CoreError } from "../errors";
import type { ElbowRun } from "./elbow";
import type { KneePoint } from "./kneedle";

/** A criterion for the number of clusters, in the order that breaks ties between equally supported k. */
export type KCriterion = "knee" | "silhouette" | "daviesBouldin" | "calinskiHarabasz";

export const K_CRITERIA: readonly KCriterion[] = ["knee", "silhouette", "daviesBouldin", "calinskiHarabasz"];

/** What one criterion says: its k and the value behind it (inertia at the knee, best score otherwise). */
export interface KCriterionVote {
  readonly criterion: KCriterion;
  readonly k: number;
  readonly value: number;
  /**
   * True when a quality score is best at the largest k tried (of three or more scored): it may still be
   * improving past the range, so it has no peak here and does not count — unless no criterion has one.
   */
  readonly atRangeEnd?: boolean;
}

export interface KRecommendation {
  readonly recommendedK: number;
  /** One vote per criterion that could be computed, in {@link K_CRITERIA} order. */
  readonly votes: readonly KCriterionVote[];
  /** Criteria whose k is the recommended one. */
  readonly agreeing: readonly KCriterion[];
  /** True when the criteria point to more than one k. */
  readonly criteriaDisagree: boolean;
  /** The k the user chose (e.g. the source study's 6), or null. */
  readonly chosenK: number | null;
  /** True when a chosen k differs from the recommendation. */
  readonly chosenDiffers: boolean;
}

/**
 * Which k to use, and why: each criterion votes (the Kneedle elbow of inertia; the highest mean silhouette;
 * the lowest Davies-Bouldin; the highest Calinski-Harabasz; within a criterion an exact tie goes to the
 * smaller k), the k with most votes wins, and a tie between ks goes to the one backed by the earliest
 * criterion in that list (the elbow is what users of the source study know; silhouette is the usual second
 * opinion). Flags disagreement, and a chosen k that differs (the study chose 6 where its numbers said 5).
 * A score whose best is the largest k tried does not vote (see {@link KCriterionVote.atRangeEnd}): on levels
 * data with few distinct rows, silhouette, Calinski-Harabasz and Davies-Bouldin keep improving until every
 * cluster is one distinct row, which says nothing about the number of segments to act on.
 *
 * Cost: O(number of k).
 *
 * @throws CoreError K_CRITERIA_UNAVAILABLE when there is no knee and no quality score, CHOSEN_K_INVALID
 * @example
 * import { elbowSweep } from "./elbow";
 * const sweep = elbowSweep({ data: new Float64Array([0, 1, 10, 11, 20, 21]), rows: 6, columns: 1 }, { kMax: 4 });
 * recommendK(sweep).recommendedK // 3 (silhouette and Calinski-Harabasz; the knee says 2, Davies-Bouldin 4)
 */
export function recommendK(
  sweep: { readonly runs: readonly ElbowRun[]; readonly knee: KneePoint | null },
  options: { readonly chosenK?: number } = {},
): KRecommendation {
  const votes: KCriterionVote[] = [];
  if (sweep.knee !== null) votes.push({ criterion: "knee", k: sweep.knee.x, value: sweep.knee.y });
  const best = (
    criterion: KCriterion,
    score: (run: ElbowRun) => number | null,
    higherIsBetter: boolean,
  ): void => {
    let vote: KCriterionVote | null = null;
    for (const run of sweep.runs) {
      const value = score(run);
      if (value === null) continue;
      if (vote === null || (higherIsBetter ? value > vote.value : value < vote.value))
        vote = { criterion, k: run.k, value };
    }
    if (vote !== null) votes.push(vote);
  };
  const scoredKs = (score: (run: ElbowRun) => number | null): number[] =>
    sweep.runs.filter((run) => score(run) !== null).map((run) => run.k);
  best("silhouette", (run) => run.silhouette, true);
  best("daviesBouldin", (run) => run.daviesBouldin, false);
  best("calinskiHarabasz", (run) => run.calinskiHarabasz, true);
  const scores: Readonly<Record<Exclude<KCriterion, "knee">, (run: ElbowRun) => number | null>> = {
    silhouette: (run) => run.silhouette,
    daviesBouldin: (run) => run.daviesBouldin,
    calinskiHarabasz: (run) => run.calinskiHarabasz,
  };
  votes.forEach((vote, index) => {
    if (vote.criterion === "knee") return;
    const ks = scoredKs(scores[vote.criterion]);
    if (ks.length >= 3 && vote.k === Math.max(...ks)) votes[index] = { ...vote, atRangeEnd: true };
  });
  if (votes.length === 0) {
    throw new CoreError(
      "K_CRITERIA_UNAVAILABLE",
      "No number of segments can be recommended: try at least 3 values of k, with the quality scores on, so there is a knee or a score to compare.",
    );
  }
  const chosenK = options.chosenK ?? null;
  if (chosenK !== null && (!Number.isSafeInteger(chosenK) || chosenK < 1)) {
    throw new CoreError(
      "CHOSEN_K_INVALID",
      `The chosen number of segments must be a whole number of at least 1 (got ${chosenK}).`,
    );
  }
  const peaked = votes.filter((vote) => vote.atRangeEnd !== true);
  const counted = peaked.length > 0 ? peaked : votes;
  const support = (k: number): number => counted.filter((vote) => vote.k === k).length;
  let recommendedK = (counted[0] as KCriterionVote).k;
  for (const vote of counted) if (support(vote.k) > support(recommendedK)) recommendedK = vote.k;
  const distinctKs = new Set(votes.map((vote) => vote.k));
  return {
    recommendedK,
    votes,
    agreeing: counted.filter((vote) => vote.k === recommendedK).map((vote) => vote.criterion),
    criteriaDisagree: distinctKs.size > 1,
    chosenK,
    chosenDiffers: chosenK !== null && chosenK !== recommendedK,
  };
}
