// Builds the task pane page (which also hosts the custom functions: shared runtime, see docs/decisions.md),
// the engine Web Worker (emitted from `new Worker(new URL(...))` in engine/shared-engine.ts), and the
// playground page that runs the same pane against the workbook simulator.
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { AllowErrorInputsPlugin } = require("./functions/build/allow-error-inputs.cjs");
const { rewriteManifestUrls, productionUrl } = require("./scripts/manifest-urls.cjs");

const devServerPort = 3000;

/** Every functions/*.ts file that declares worksheet functions: the metadata plugin reads their JSDoc. */
function customFunctionFiles() {
  const folder = path.resolve(__dirname, "functions");
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(folder, name))
    .filter((file) => fs.readFileSync(file, "utf8").includes("@customfunction"))
    .sort();
}

const swcOptions = {
  jsc: {
    parser: { syntax: "typescript", tsx: true },
    transform: { react: { runtime: "automatic" } },
    target: "es2020",
  },
};

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serveHttps = Boolean(env.WEBPACK_SERVE) && !process.env.PLAYGROUND;
  return {
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: "./functions/index.ts",
      taskpane: "./taskpane/index.tsx",
      playground: "./playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // functions.js keeps a stable name: the manifest's <Script> names it (see docs/decisions.md).
      filename: (pathData) =>
        pathData.chunk?.name === "functions" ? "functions.js" : "[name].[contenthash:8].js",
      // Chunks loaded at run time (the engine worker above all) are named by their content too: a browser or
      // Office's webview that cached an old worker must never pair it with new pane code (issue 10, item 12).
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        { test: /\.[cm]?tsx?$/, exclude: /node_modules/, use: { loader: "swc-loader", options: swcOptions } },
        { test: /\.png$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    // One runtime for both entries on the task pane page, so a module shared by the functions and the pane
    // (the engine client, the core) is instantiated once in the shared runtime.
    optimization: { runtimeChunk: "single" },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: customFunctionFiles() }),
      // After the generator: let error cells reach the functions (issue 10, item 1; see the step's file).
      new AllowErrorInputsPlugin({ output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./playground/playground.html",
        chunks: ["runtime", "playground"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? rewriteManifestUrls(content.toString(), productionUrl()) : content,
          },
        ],
      }),
    ],
    devServer: {
      port: devServerPort,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serveHttps
        ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() }
        : "http",
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
