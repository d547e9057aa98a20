import { describeRecommendation } from "../../../src/cluster/describe-recommendation";
import { describeSweepNotes } from "../../../src/cluster/describe-sweep-notes";
import type { ElbowRun } from "../../../src/cluster/elbow";
import { recommendK } from "../../../src/cluster/recommend-k";
import { CLUSTER_MESSAGES, clusterMessages } from "../../../src/i18n/messages/cluster";
import { LOCALES } from "../../../src/i18n/locale";
import { coreErrorCode } from "./test-helpers";

/** Runs k = 1..8 with the given scores (index 0 = k 1); inertia is irrelevant to the vote apart from the knee. */
function runs(
  silhouettes: (number | null)[],
  daviesBouldins: (number | null)[],
  calinskis: (number | null)[],
): ElbowRun[] {
  return silhouettes.map((silhouette, index) => ({
    k: index + 1,
    inertia: 1000 / (index + 1),
    inertiaDrop: null,
    iterations: 5,
    converged: true,
    silhouette,
    daviesBouldin: daviesBouldins[index] ?? null,
    calinskiHarabasz: calinskis[index] ?? null,
    clusterWeights: new Float64Array(index + 1),
  }));
}

/*
 * The source study's situation, written as numbers: its elbow and the second opinions point to 5, only one
 * index prefers 6, and the study chose 6.
 */
const study = runs(
  [null, 0.41, 0.44, 0.47, 0.52, 0.5, 0.46, 0.43],
  [null, 0.9, 0.85, 0.8, 0.7, 0.72, 0.8, 0.85],
  [null, 300, 340, 380, 420, 430, 410, 400],
);
const studyKnee = { index: 4, x: 5, y: 200 };

describe("recommendK", () => {
  it("follows the majority: knee, silhouette and Davies-Bouldin say 5, Calinski-Harabasz says 6 → 5", () => {
    const recommendation = recommendK({ runs: study, knee: studyKnee }, { chosenK: 6 });
    expect(recommendation.recommendedK).toBe(5);
    expect(recommendation.agreeing).toEqual(["knee", "silhouette", "daviesBouldin"]);
    expect(recommendation.votes).toEqual([
      { criterion: "knee", k: 5, value: 200 },
      { criterion: "silhouette", k: 5, value: 0.52 },
      { criterion: "daviesBouldin", k: 5, value: 0.7 },
      { criterion: "calinskiHarabasz", k: 6, value: 430 },
    ]);
    expect(recommendation.criteriaDisagree).toBe(true);
    expect(recommendation.chosenDiffers).toBe(true);
  });

  it("breaks a two-against-two tie by the elbow first", () => {
    const tied = runs(
      [null, 0.3, 0.6, 0.4, 0.3, 0.2, 0.1, 0.1],
      [null, 0.9, 0.5, 0.7, 0.8, 0.9, 0.9, 0.9],
      [null, 100, 150, 200, 260, 250, 240, 230],
    );
    expect(recommendK({ runs: tied, knee: { index: 4, x: 5, y: 200 } }).recommendedK).toBe(5);
  });

  it("agrees without a warning when every criterion points to the same k", () => {
    const agreed = runs(
      [null, 0.3, 0.6, 0.4, 0.3, 0.2, 0.1, 0.1],
      [null, 0.9, 0.5, 0.7, 0.8, 0.9, 0.9, 0.9],
      [null, 1, 9, 3, 2, 2, 2, 2],
    );
    const recommendation = recommendK({ runs: agreed, knee: { index: 2, x: 3, y: 333 } }, { chosenK: 3 });
    expect(recommendation).toMatchObject({ recommendedK: 3, criteriaDisagree: false, chosenDiffers: false });
    expect(describeRecommendation(recommendation, "en").warning).toBeNull();
  });

  it("does not count a score whose best is the largest k tried (no peak inside the range)", () => {
    // Silhouette and Davies-Bouldin keep improving up to k = 8, the last k; Calinski-Harabasz peaks at 4.
    const rising = runs(
      [null, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
      [null, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3],
      [null, 100, 150, 300, 260, 250, 240, 230],
    );
    const recommendation = recommendK({ runs: rising, knee: { index: 2, x: 3, y: 333 } });
    // Counted: elbow 3 and Calinski-Harabasz 4, one each; the elbow breaks the tie.
    expect(recommendation.recommendedK).toBe(3);
    expect(
      recommendation.votes.filter((vote) => vote.atRangeEnd === true).map((vote) => vote.criterion),
    ).toEqual(["silhouette", "daviesBouldin"]);
    expect(describeRecommendation(recommendation, "en").reasons[1]).toBe(
      "The mean silhouette is highest at k = 8 (0.900). That is the largest k tried, so it may still improve beyond it: it does not count towards the recommendation.",
    );
  });

  it("falls back to range-end votes when no criterion peaks inside the range", () => {
    const rising = runs(
      [null, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
      [null, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3],
      [null, 100, 150, 200, 260, 270, 280, 290],
    );
    expect(recommendK({ runs: rising, knee: null }).recommendedK).toBe(8);
  });

  it("uses the scores alone when the curve has no knee", () => {
    expect(recommendK({ runs: study, knee: null }).recommendedK).toBe(5);
  });

  it.each<[string, string, () => unknown]>([
    [
      "no knee and no scores",
      "K_CRITERIA_UNAVAILABLE",
      () => recommendK({ runs: runs([null, null], [], []), knee: null }),
    ],
    [
      "a chosen k of 0",
      "CHOSEN_K_INVALID",
      () => recommendK({ runs: study, knee: studyKnee }, { chosenK: 0 }),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});

describe("describeRecommendation — the study case in three languages", () => {
  const recommendation = recommendK({ runs: study, knee: studyKnee }, { chosenK: 6 });

  it("English: summary, a reason per criterion, and a warning naming the chosen 6", () => {
    const text = describeRecommendation(recommendation, "en");
    expect(text.summary).toBe("Recommended number of segments: 5. 3 of 4 criteria point to k = 5.");
    expect(text.reasons).toEqual([
      "The elbow of the within-cluster sum of squares is at k = 5.",
      "The mean silhouette is highest at k = 5 (0.520).",
      "The Davies-Bouldin index is lowest at k = 5 (0.700).",
      "The Calinski-Harabasz index is highest at k = 6 (430.000).",
    ]);
    expect(text.warning).toContain("The criteria disagree");
    expect(text.warning).toContain(
      "You chose k = 6, but the elbow of the sum of squares (Kneedle), the silhouette, the Davies-Bouldin index point to k = 5.",
    );
  });

  it("Traditional and Simplified Chinese", () => {
    expect(describeRecommendation(recommendation, "zh-TW").summary).toBe(
      "建議分群數：5。4 項準則中有 3 項指向 k = 5。",
    );
    expect(describeRecommendation(recommendation, "zh-CN").summary).toBe(
      "建议分群数：5。4 项准则中有 3 项指向 k = 5。",
    );
    expect(describeRecommendation(recommendation, "zh-TW").warning).toContain("您選擇了 k = 6");
  });

  it("Chinese warnings list the criteria with full-width punctuation (、；：), no half-width separators", () => {
    const warning = describeRecommendation(recommendation, "zh-CN").warning ?? "";
    // Votes: knee 5, silhouette 5, Davies-Bouldin 5, Calinski-Harabasz 6 (the study fixture above).
    expect(warning).toContain("；Calinski-Harabasz 指数：k = 6");
    expect(warning).toMatch(/您选择了 k = 6，但[^,;:]*、[^,;:]*指向 k = 5/);
    expect(warning).not.toMatch(/[,;:] /);
  });

  it("every message exists, non-empty, with the same placeholders in all three languages", () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
    const keys = Object.keys(CLUSTER_MESSAGES.en) as (keyof typeof CLUSTER_MESSAGES.en)[];
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      const english = placeholders(clusterMessages("en", key));
      for (const locale of LOCALES) {
        expect(clusterMessages(locale, key).length).toBeGreaterThan(0);
        expect(placeholders(clusterMessages(locale, key))).toEqual(english);
      }
    }
  });
});

describe("describeSweepNotes", () => {
  it("turns constant columns (1-based), a clamped kMax and a sampled silhouette into sentences", () => {
    const notes = describeSweepNotes(
      { constantColumns: [1], kMaxClamped: true, kMax: 3, silhouetteSampleRows: 5000, seed: 7 },
      "en",
    );
    expect(notes).toEqual([
      "Column 2 has the same value in every row; it was kept at 0 and does not shape the segments.",
      "The data have only 3 distinct rows, so k goes up to 3.",
      "Silhouettes were computed on a random sample of 5,000 rows (seed 7).",
    ]);
    expect(
      describeSweepNotes(
        { constantColumns: [], kMaxClamped: false, kMax: 10, silhouetteSampleRows: null, seed: 0 },
        "zh-TW",
      ),
    ).toEqual([]);
  });
});
