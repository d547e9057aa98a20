import { execFileSync } from "node:child_process";
import path from "node:path";

/*
 * src/cluster/wasm/kmeans-kernel-bytes.ts is generated from wasm/kmeans-kernel.ts by `npm run build:wasm`
 * (docs/decisions.md, "The k-means WebAssembly kernel"). This recompiles the source with the pinned
 * AssemblyScript and fails when the committed bytes are not what it gives.
 */
describe("the committed WebAssembly kernel bytes", () => {
  it("are what wasm/kmeans-kernel.ts compiles to (run npm run build:wasm after editing the kernel)", () => {
    const root = path.resolve(__dirname, "../../../..");
    expect(() =>
      execFileSync(process.execPath, [path.join(root, "scripts/build-wasm.mjs"), "--check"], {
        cwd: root,
        stdio: "pipe",
      }),
    ).not.toThrow();
  }, 60_000);
});
