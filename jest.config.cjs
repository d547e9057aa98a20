/**
 * One Jest configuration for the whole repository.
 * ESM-only packages (ml-kmeans 7 and its ml-* helpers, is-any-array, strip-bom 5, uuid 14) are
 * transformed to CommonJS by @swc/jest; everything else in node_modules is left alone.
 */
const esmOnly = ["ml-[a-z-]+", "is-any-array", "strip-bom", "uuid"].join("|");
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j|mj)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly})/)`],
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/support/asset-stub.cjs" },
  setupFiles: [
    "<rootDir>/test/support/custom-functions-global.ts",
    "<rootDir>/test/support/jsdom-globals.ts",
  ],
  testTimeout: 30000,
};
