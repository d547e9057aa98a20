// The webpack step after custom-functions-metadata-plugin: Excel passes an error cell (#N/A, #DIV/0!, ...) to
// a parameter of type any / any[][] only when functions.json has the top-level "allowErrorForDataTypeAny": true;
// without it Excel does not call the function and the whole result is that error. The flag "can only be used
// with manually created JSON metadata" (it is not a JSDoc tag), so this step adds it to the generated file.
// Sources: learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors ("Errors as custom function
// inputs") and learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json ("allowErrorForDataTypeAny":
// "a top-level property", default false).
"use strict";
/* global module -- CommonJS: webpack.config.js requires this step (eslint.config.mjs gives node globals to scripts/ only). */

const STEP_NAME = "AllowErrorInputsPlugin";

/** The generated functions.json text with "allowErrorForDataTypeAny": true at the top level, first. */
function withErrorInputs(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  if (typeof metadata !== "object" || metadata === null || !Array.isArray(metadata.functions)) {
    throw new Error("functions.json has no functions array");
  }
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 4);
}

/** Rewrites the metadata plugin's asset (by default functions.json) once every asset has been added. */
class AllowErrorInputsPlugin {
  constructor(options = {}) {
    this.output = options.output ?? "functions.json";
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(STEP_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // The metadata plugin puts its asset in place when the compilation starts: any stage sees it.
        { name: STEP_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.output);
          if (asset === undefined) {
            compilation.errors.push(new compiler.webpack.WebpackError(`${STEP_NAME}: no ${this.output}`));
            return;
          }
          const text = withErrorInputs(asset.source.source().toString());
          compilation.updateAsset(this.output, new sources.RawSource(text));
        },
      );
    });
  }
}

module.exports = { AllowErrorInputsPlugin, withErrorInputs };
