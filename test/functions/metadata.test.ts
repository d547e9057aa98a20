// Runs the custom-functions metadata generator (the API behind custom-functions-metadata-plugin) on every
// functions/**/*.ts file with an @customfunction tag, the way the build does, and checks what Excel will see:
// ids and parameter types for RFM.LEVEL, and for EVERY function found, the naming rules the generator does not
// enforce (test/functions/excel-names.ts, sources there) and the help texts Excel's autocomplete shows.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import webpack from "webpack";
import { AllowErrorInputsPlugin, withErrorInputs } from "../../functions/build/allow-error-inputs.cjs";
import { excelNamingProblems, isA1Reference, isR1C1Reference } from "./excel-names";

interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}

const FUNCTIONS_DIR = join(__dirname, "..", "..", "functions");

/** Every .ts file under functions/ that declares a worksheet function, relative to functions/. */
function customFunctionFiles(): string[] {
  return readdirSync(FUNCTIONS_DIR, { recursive: true, encoding: "utf8" })
    .filter((relative) => relative.endsWith(".ts") && !relative.endsWith(".d.ts"))
    .filter((relative) => readFileSync(join(FUNCTIONS_DIR, relative), "utf8").includes("@customfunction"))
    .sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Narrows the generator's JSON to the fields checked here; throws on anything else. */
function functionsFromJson(json: unknown): FunctionMetadata[] {
  if (!isRecord(json) || !Array.isArray(json.functions)) throw new Error("metadata has no functions array");
  return json.functions.map((entry: unknown) => {
    if (!isRecord(entry) || typeof entry.id !== "string" || typeof entry.name !== "string") {
      throw new Error(`function metadata without id/name: ${JSON.stringify(entry)}`);
    }
    if (!Array.isArray(entry.parameters) || !isRecord(entry.result)) {
      throw new Error(`${entry.id}: metadata without parameters/result`);
    }
    return entry as unknown as FunctionMetadata;
  });
}

describe("custom functions metadata (functions.json)", () => {
  let files: string[] = [];
  let errors: string[] = [];
  let associatedIds: string[] = [];
  let functions: FunctionMetadata[] = [];

  beforeAll(async () => {
    files = customFunctionFiles();
    const generated = await generateCustomFunctionsMetadata(
      files.map((relative) => join(FUNCTIONS_DIR, relative)),
    );
    errors = generated.errors;
    associatedIds = generated.associate.map((entry) => entry.id);
    functions =
      generated.metadataJson === "" ? [] : functionsFromJson(JSON.parse(generated.metadataJson) as unknown);
  });

  it("generates without errors, one associate call per function", () => {
    // webpack.config.js gives the metadata plugin the top-level functions/*.ts files only.
    expect(files.filter((relative) => /[\\/]/.test(relative))).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(functions.length).toBeGreaterThan(0);
    expect([...associatedIds].sort()).toEqual(functions.map((fn) => fn.id).sort());
  });

  it("describes =RFM.LEVEL(value, breakpoints, [order]) with matrix arguments and a matrix result", () => {
    const rfmLevel = functions.find((fn) => fn.id === "RFM.LEVEL");
    expect(rfmLevel?.name).toBe("RFM.LEVEL");
    expect(
      rfmLevel?.parameters.map(({ name, type, dimensionality, optional }) => ({
        name,
        type,
        dimensionality,
        optional,
      })),
    ).toEqual([
      { name: "value", type: "any", dimensionality: "matrix", optional: undefined },
      { name: "breakpoints", type: "any", dimensionality: "matrix", optional: undefined },
      { name: "order", type: "any", dimensionality: undefined, optional: true },
    ]);
    expect(rfmLevel?.result.dimensionality).toBe("matrix");
  });

  it("gives every function a name Excel accepts: no cell reference, macro or built-in look-alike", () => {
    const problems = functions.flatMap((fn) => [
      ...excelNamingProblems(fn.id).map((problem) => `${fn.id}: ${problem}`),
      ...(fn.name === fn.id ? [] : [`${fn.id}: name ${fn.name} differs from the id`]),
      ...(fn.id === fn.id.toUpperCase() ? [] : [`${fn.id}: not upper case like Excel's own functions`]),
    ]);
    expect(problems).toEqual([]);
  });

  it("keeps ids unique regardless of case (Excel matches names case-insensitively)", () => {
    const upperIds = functions.map((fn) => fn.id.toUpperCase());
    expect(upperIds.filter((id, index) => upperIds.indexOf(id) !== index)).toEqual([]);
  });

  it("gives every function and every parameter a description for Excel's autocomplete", () => {
    const missing = functions.flatMap((fn) => [
      ...((fn.description ?? "").trim() === "" ? [`${fn.id}: no description`] : []),
      ...fn.parameters
        .filter((p) => (p.description ?? "").trim() === "")
        .map((p) => `${fn.id}(${p.name}): no description`),
    ]);
    expect(missing).toEqual([]);
  });

  it("enforces the naming rules on known bad names (the rules can fail)", () => {
    const rejected = [
      "AB12",
      "xfd1048576",
      "R1C1",
      "R1048576C16384",
      "RC5",
      "SUM",
      "percentile.inc",
      "GET.CELL",
      "EVALUATE",
    ];
    expect(rejected.filter((name) => excelNamingProblems(name).length === 0)).toEqual([]);
    expect(excelNamingProblems("RFM.A1")).toEqual(["has a part that looks like a cell reference (A1)"]);
    expect(excelNamingProblems("1RFM")).toEqual(["must start with a letter and use only A-Z, 0-9, _ and ."]);
    expect(excelNamingProblems("AB")).toEqual(["must have 3 to 128 characters (has 2)"]);
    expect(excelNamingProblems(`R${"X".repeat(128)}`)).toEqual(["must have 3 to 128 characters (has 129)"]);
    expect(excelNamingProblems("RFM..LEVEL")).toEqual(["has an empty dot-separated part"]);
    const accepted = [
      "RFM.LEVEL",
      "XFE1",
      "ABCD1",
      "A1048577",
      "R1048577C1",
      "CLV",
      "PROMO.SELLRATIO",
      "KMEANS.LABEL",
    ];
    expect(accepted.filter((name) => excelNamingProblems(name).length > 0)).toEqual([]);
    expect([isA1Reference("XFD1048576"), isA1Reference("XFE1"), isA1Reference("A0")]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isR1C1Reference("R1C"), isR1C1Reference("RC16385"), isR1C1Reference("R1C1X")]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

// The build's functions.json carries "allowErrorForDataTypeAny": true (the generator cannot emit it; the webpack
// step in functions/build/allow-error-inputs.cjs adds it). Source: learn.microsoft.com/office/dev/add-ins/excel/
// custom-functions-json ("allowErrorForDataTypeAny ... is a top-level property"), custom-functions-errors.
describe("functions.json as the build emits it: error cells reach the functions", () => {
  it("the webpack config runs the step right after the metadata plugin, on the same functions.json", async () => {
    const configure = require("../../webpack.config.js") as (
      env: Record<string, unknown>,
      argv: Record<string, unknown>,
    ) => Promise<{ plugins: object[] }>;
    const { plugins } = await configure({}, { mode: "development" });
    const names = plugins.map((plugin) => plugin.constructor.name);
    const metadataAt = names.indexOf("CustomFunctionsMetadataPlugin");
    expect(metadataAt).toBeGreaterThanOrEqual(0);
    expect(names[metadataAt + 1]).toBe("AllowErrorInputsPlugin");
    expect((plugins[metadataAt + 1] as AllowErrorInputsPlugin).output).toBe("functions.json");
  });

  it("a real webpack compile with the metadata plugin and the step emits the flag at the top level", async () => {
    const outputDir = mkdtempSync(join(tmpdir(), "functions-json-"));
    const entry = join(outputDir, "entry.js");
    writeFileSync(entry, "export {};\n");
    const compiler = webpack({
      mode: "development",
      devtool: false,
      entry,
      output: { path: outputDir },
      plugins: [
        new CustomFunctionsMetadataPlugin({
          output: "functions.json",
          input: join(FUNCTIONS_DIR, "rfm.ts"),
        }),
        new AllowErrorInputsPlugin({ output: "functions.json" }),
      ],
    });
    const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
      compiler.run((error, result) => (error ? reject(error) : resolve(result))),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    expect(stats?.compilation.errors.map(String)).toEqual([]);
    const emitted = JSON.parse(readFileSync(join(outputDir, "functions.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(emitted.allowErrorForDataTypeAny).toBe(true);
    expect(functionsFromJson(emitted).map((fn) => fn.id)).toContain("RFM.LEVEL");
  }, 60_000);

  it("withErrorInputs adds the flag to the generated metadata and keeps every function", async () => {
    const generated = await generateCustomFunctionsMetadata(
      customFunctionFiles().map((relative) => join(FUNCTIONS_DIR, relative)),
    );
    const before = JSON.parse(generated.metadataJson) as Record<string, unknown>;
    expect(before.allowErrorForDataTypeAny).toBeUndefined();
    const after = JSON.parse(withErrorInputs(generated.metadataJson)) as Record<string, unknown>;
    expect(after.allowErrorForDataTypeAny).toBe(true);
    expect(after.functions).toEqual(before.functions);
    expect(() => withErrorInputs("{}")).toThrow("functions.json has no functions array");
  });

  it("declares the range parameters that take error cells as any (matrix): only those can receive errors", async () => {
    const generated = await generateCustomFunctionsMetadata(
      customFunctionFiles().map((relative) => join(FUNCTIONS_DIR, relative)),
    );
    const all = functionsFromJson(JSON.parse(generated.metadataJson) as unknown);
    const errorTaking: Record<string, readonly string[]> = {
      "KMEANS.LABELS": ["data"],
      "KMEANS.ELBOW": ["data"],
      "RFM.TABLE": ["member_ids", "order_dates", "amounts"],
      "RFM.CUSTOMERS": ["member_ids", "total_amounts", "order_counts", "last_orders"],
      "RFM.LEVEL": ["value", "breakpoints"],
      "PROMO.BAND": ["value", "edges", "labels"],
      "RFM.SCORE": ["value", "all_values"],
      "RFM.SEGMENT": ["r_score", "f_score", "m_score"],
      "CYCLE.STATS": ["member_ids", "order_dates"],
      "CHURN.PROBABILITY": ["recency", "frequency", "monetary", "tenure", "coefficients"],
      "MEMBER.PROFILE": ["group_values", "member_ids", "order_ids", "amounts"],
      "PROMO.SENSITIVITY": ["coupon_orders", "orders"],
      CLV: ["value_per_day_or_member_ids", "lifetime_days_or_order_dates", "amounts", "registration_dates"],
      "CLV.BGNBD": ["frequency", "recency", "T"],
      "CLV.PALIVE": ["frequency", "recency", "T"],
      "CLV.GAMMAGAMMA": ["frequency", "mean_spend"],
      "PROMO.SELLRATIO": ["gmv", "tag_prices", "stocks"],
      "PROMO.DISCOUNTRATE": ["gmv", "tag_prices", "units"],
      "PROMO.CONVERSION": ["buyers", "uv"],
      "PROMO.STOCKVALUE": ["tag_prices", "stocks"],
      "PROMO.NETSALES": ["gmv", "return_amounts"],
      "PROMO.YOY": ["current", "previous"],
      "PROMO.KPIS": [
        "line_products",
        "units",
        "amounts",
        "buyers",
        "orders",
        "return_units",
        "return_amounts",
        "products",
        "tag_prices",
        "stocks",
        "uv",
        "favourites",
        "add_to_cart",
        "sku_counts",
      ],
    };
    // Every function of functions.json is listed, and every matrix parameter of each is among its names.
    expect(Object.keys(errorTaking).sort()).toEqual(all.map((fn) => fn.id).sort());
    const unlisted = all.flatMap((fn) =>
      fn.parameters
        .filter((p) => p.dimensionality === "matrix" && !(errorTaking[fn.id] ?? []).includes(p.name))
        .map((p) => `${fn.id}(${p.name})`),
    );
    expect(unlisted).toEqual([]);
    const wrong = Object.entries(errorTaking).flatMap(([id, names]) =>
      names.flatMap((name) => {
        const parameter = all.find((fn) => fn.id === id)?.parameters.find((p) => p.name === name);
        return parameter?.type === "any" && parameter.dimensionality === "matrix" ? [] : [`${id}(${name})`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
