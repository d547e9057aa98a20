// ESLint flat config. Formatting is Prettier's job (`npm run format:check`); this file is about correctness.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { builtinModules } from "node:module";

/** src/ is the pure analytics core: it must run unchanged in Node, a Web Worker and the custom-functions runtime. */
const coreForbiddenImports = {
  paths: [
    ...builtinModules.map((name) => ({ name, message: "src/ must not import Node built-ins." })),
    { name: "react", message: "src/ must not import React." },
    { name: "react-dom", message: "src/ must not import React." },
  ],
  patterns: [
    { group: ["node:*"], message: "src/ must not import Node built-ins." },
    { group: ["@fluentui/*", "react/*", "react-dom/*"], message: "src/ must not import UI code." },
    {
      group: ["@microsoft/office-js", "office-*", "@types/office-js"],
      message: "src/ must not import Office.",
    },
    {
      group: [
        "../../taskpane/*",
        "../../functions/*",
        "../../cli/*",
        "../taskpane/*",
        "../functions/*",
        "../cli/*",
      ],
      message: "src/ must not import a front door.",
    },
  ],
};
/**
 * The front doors are adapters over one engine: none imports another door (taskpane/ and functions/ share
 * engine/, the CLI calls the core), and engine/ imports only the core. `import type` counts too.
 */
const doorImports = {
  taskpane: ["functions", "cli"],
  functions: ["taskpane", "cli"],
  cli: ["taskpane", "functions"],
  engine: ["taskpane", "functions", "cli", "playground"],
  // fileio/ holds the file readers and writer shared by cli/ and playground/: below both, beside the core.
  fileio: ["taskpane", "functions", "cli", "playground", "engine"],
};
function doorBoundary(door) {
  const forbidden = doorImports[door];
  return {
    patterns: forbidden.map((other) => ({
      group: [`**/${other}/*`, `**/${other}`],
      message: `${door}/ must not import ${other}/: front doors share engine/ and src/, never each other.`,
    })),
  };
}
/**
 * A door words an error from its code and details (or src/errors.ts messageInTermsOf), never by parsing the
 * core's message: rewording a core message must not silently change what a door shows (issue 9).
 */
const MESSAGE_PARSERS = [
  "replace",
  "replaceAll",
  "match",
  "matchAll",
  "startsWith",
  "endsWith",
  "split",
  "slice",
];
const messageParsing = [
  {
    selector: `CallExpression[callee.type='MemberExpression'][callee.object.type='MemberExpression'][callee.object.property.name='message'][callee.property.name=/^(${MESSAGE_PARSERS.join("|")})$/]`,
    message: "Do not parse an error's message in a door: word it from error.code and error.details.",
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(test|exec)$/] > MemberExpression.arguments[property.name='message']",
    message: "Do not parse an error's message in a door: word it from error.code and error.details.",
  },
];
const coreForbiddenGlobals = [
  "Office",
  "Excel",
  "OfficeExtension",
  "CustomFunctions",
  "window",
  "document",
  "navigator",
  "process",
  "require",
  "Buffer",
  "self",
  "postMessage",
  "console",
].map((name) => ({ name, message: `src/ is platform-free: ${name} is not available to the core.` }));

export default tseslint.config(
  {
    // wasm/ is AssemblyScript (compiled by scripts/build-wasm.mjs), not TypeScript the linter can type.
    ignores: ["node_modules/", "dist/", "coverage/", "test/fixtures/", "**/*.d.ts", "wasm/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", coreForbiddenImports],
      "@typescript-eslint/no-restricted-imports": "off",
      "no-restricted-globals": ["error", ...coreForbiddenGlobals],
    },
  },
  {
    // fileio/ runs in Node (cli/) and in the browser (playground/): platform APIs both have, no Node built-ins.
    files: ["fileio/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: builtinModules.map((name) => ({ name, message: "fileio/ must not import Node built-ins." })),
          patterns: [
            { group: ["node:*"], message: "fileio/ must not import Node built-ins." },
            ...doorBoundary("fileio").patterns,
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "require", "window", "document"],
    },
  },
  ...Object.keys(doorImports)
    .filter((door) => door !== "fileio")
    .map((door) => ({
      files: [`${door}/**/*.{ts,tsx}`],
      rules: {
        "no-restricted-imports": ["error", doorBoundary(door)],
        "no-restricted-syntax": ["error", ...messageParsing],
      },
    })),
  {
    files: ["taskpane/**/*.{ts,tsx}", "functions/**/*.ts", "engine/**/*.ts", "playground/**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
        CustomFunctions: "readonly",
      },
    },
    plugins: { "react-hooks": reactHooks, "office-addins": officeAddins },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: [
      "cli/**/*.ts",
      "bench/**/*.ts",
      "scripts/**/*.{js,mjs,cjs}",
      "bin/**/*.cjs",
      "*.{js,cjs,mjs}",
      "test/**/*.{ts,tsx,cjs,mjs}",
    ],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Browser tests run in Node but pass callbacks to page.evaluate / waitForFunction that run in the page.
    files: ["test/browser/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
