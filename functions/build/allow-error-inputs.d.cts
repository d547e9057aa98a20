/** Types for functions/build/allow-error-inputs.cjs (used by webpack.config.js and test/functions). */
import type { Compiler } from "webpack";

/** The generated functions.json text with "allowErrorForDataTypeAny": true at the top level; throws on a file without a functions array. */
export declare function withErrorInputs(metadataJson: string): string;

/** The webpack step that rewrites the metadata plugin's functions.json with {@link withErrorInputs}. */
export declare class AllowErrorInputsPlugin {
  constructor(options?: { readonly output?: string });
  readonly output: string;
  apply(compiler: Compiler): void;
}
