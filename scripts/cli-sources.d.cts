/** Types for scripts/cli-sources.cjs (used by scripts/build-cli.mjs, bin/commerce-analytics.cjs and test/scripts). */
/** The folders the CLI bundle is built from: "cli" and "src". */
export declare const SOURCE_DIRECTORIES: readonly string[];
/** Single files the CLI bundle reads: "package.json". */
export declare const SOURCE_FILES: readonly string[];
/** The newest mtime (ms) of the sources under `root`, or null when a source folder is missing. */
export declare function newestSourceTimeMs(root: string): number | null;
/** True when dist/cli holds a bundle and stamp no older than every source (or there are no sources). */
export declare function bundleIsCurrent(root: string): boolean;
