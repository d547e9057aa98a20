/**
 * Where a process's time went, from a V8 CPU profile (`node --cpu-prof`): each sample is charged to an area
 * of the code base by the nearest frame on its stack that belongs to one. Samples under module loading are
 * "startup" whatever runs there; the garbage collector is its own area.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Areas in report order: a frame's URL containing one of the markers belongs to the area. */
export const AREAS: readonly { readonly name: string; readonly markers: readonly string[] }[] = [
  { name: "CSV reading (cli/io, papaparse)", markers: ["/cli/io/", "/node_modules/papaparse/"] },
  { name: "typing (src/table)", markers: ["/src/table/"] },
  { name: "R/F/M (src/rfm)", markers: ["/src/rfm/"] },
  {
    name: "command and output (cli/, src/report, src/i18n)",
    markers: ["/cli/", "/src/report/", "/src/i18n/"],
  },
];

/** Seconds per area (plus "startup", "garbage collector" and "other"), and the total sampled. */
export function timeByArea(profileFile: string): {
  readonly total: number;
  readonly areas: Map<string, number>;
} {
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as CpuProfile;
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const areaOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = areaOf.get(id);
    if (known !== undefined) return known;
    let area = "other";
    const node = byId.get(id);
    if (node !== undefined) {
      const { functionName, url } = node.callFrame;
      if (functionName === "(garbage collector)") area = "garbage collector";
      else if (functionName === "Module._load") area = "startup (module loading)";
      else {
        const up = parent.get(id);
        const inherited = up === undefined ? "other" : classify(up);
        const own = AREAS.find((candidate) => candidate.markers.some((marker) => url.includes(marker)))?.name;
        area = inherited === "startup (module loading)" ? inherited : (own ?? inherited);
      }
    }
    areaOf.set(id, area);
    return area;
  };
  const areas = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const seconds = (profile.timeDeltas[index] ?? 0) / 1e6;
    total += seconds;
    const area = classify(id);
    areas.set(area, (areas.get(area) ?? 0) + seconds);
  });
  return { total, areas };
}

/** Runs `command` (node first) once under --cpu-prof into `profileFolder` and prints the time per area. */
export function printProfile(command: readonly string[], cwd: string, profileFolder: string): void {
  const [node, ...args] = command;
  const child = spawnSync(node as string, ["--cpu-prof", `--cpu-prof-dir=${profileFolder}`, ...args], {
    cwd,
    // The prebuilt bundle is one file, whose frames no area's markers match: profile the sources (compiled
    // by tsx, which the startup area then includes).
    env: { ...process.env, COMMERCE_ANALYTICS_NO_BUNDLE: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const file = existsSync(profileFolder) ? readdirSync(profileFolder)[0] : undefined;
  if (child.status !== 0 || file === undefined) {
    console.log(`profile: not available (exit ${child.status ?? child.signal})`);
    return;
  }
  const { total, areas } = timeByArea(path.join(profileFolder, file));
  const order = ["startup (module loading)", ...AREAS.map((area) => area.name), "garbage collector", "other"];
  console.log(`where the command line's time goes (one --cpu-prof run, ${total.toFixed(2)} s sampled):`);
  for (const name of order) {
    const seconds = areas.get(name) ?? 0;
    console.log(
      `  ${name.padEnd(48)} ${seconds.toFixed(2)} s ${((100 * seconds) / total).toFixed(0).padStart(3)} %`,
    );
  }
}
