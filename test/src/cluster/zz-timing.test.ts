import { elbowSweep } from "../../../src/cluster/elbow";
import { cdnowMatrix, loadCdnowFixture } from "./test-helpers";
it("timing", () => {
  const m = cdnowMatrix(loadCdnowFixture(), "standardized");
  for (const opts of [{ quality: false }, { quality: true }, { quality: true }, { quality: false, refine: "none" as const }]) {
    const c0 = process.cpuUsage(); const t0 = performance.now();
    elbowSweep(m, opts);
    console.log(JSON.stringify(opts), "wall", (performance.now() - t0).toFixed(0), "cpu", (process.cpuUsage(c0).user / 1000).toFixed(0));
  }
});
