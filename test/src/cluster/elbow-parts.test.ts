import { elbowQualityOf, elbowRunOf, startElbowSweep } from "../../../src/cluster/elbow-parts";
import { kmeans } from "../../../src/cluster/kmeans";
import { matrixOf } from "./test-helpers";

// 0, 1 | 10, 11: silhouettes 9.5/10.5 and 8.5/9.5 (a = 1, b = 10.5 or 9.5); CH = (100 / 1) / (1 / 2) = 200
// (B = 2 · 5² · 2, W = 4 · 0.5²); DB = (0.5 + 0.5) / 10 = 0.1.
const matrix = matrixOf([[0], [1], [10], [11]]);

describe("elbowQualityOf / elbowRunOf — one k's row, its scores computed apart", () => {
  it("k = 2: the hand-worked silhouette, Calinski-Harabasz and Davies-Bouldin", () => {
    const quality = elbowQualityOf(startElbowSweep(matrix, { kMax: 2 }), kmeans(matrix, 2));
    expect(quality?.silhouette).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
    expect(quality?.silhouetteSampleRows).toBeNull();
    expect(quality?.calinskiHarabasz).toBeCloseTo(200, 10);
    expect(quality?.daviesBouldin).toBeCloseTo(0.1, 12);
  });

  it("k = 1 and quality: false have no scores", () => {
    expect(elbowQualityOf(startElbowSweep(matrix, { kMax: 2 }), kmeans(matrix, 1))).toBeNull();
    expect(
      elbowQualityOf(startElbowSweep(matrix, { kMax: 2, quality: false }), kmeans(matrix, 2)),
    ).toBeNull();
  });

  it("a row takes the scores it is given and the inertia drop from the previous row (101 − 1 = 100)", () => {
    const start = startElbowSweep(matrix, { kMax: 2 });
    const first = elbowRunOf(start, kmeans(matrix, 1), null).run;
    const given = { silhouette: 0.5, silhouetteSampleRows: 3, calinskiHarabasz: 7, daviesBouldin: 0.25 };
    const second = elbowRunOf(start, kmeans(matrix, 2), first, given);
    expect(second.run).toMatchObject({ k: 2, inertia: 1, inertiaDrop: 100, silhouette: 0.5 });
    expect(second.run).toMatchObject({ calinskiHarabasz: 7, daviesBouldin: 0.25 });
    expect(second.silhouetteSampleRows).toBe(3);
  });
});
