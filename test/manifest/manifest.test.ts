// Offline checks of manifest.xml's structure (office-addin-manifest's validate needs the network).
// Element order and required children: test/manifest/manifest-schema.ts (sources there). Shared runtime:
// "Configure your Office Add-in to use a shared runtime" (learn.microsoft.com/office/dev/add-ins/develop/
// configure-your-add-in-to-use-a-shared-runtime), add-in only manifest tab.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  manifestResources,
  parseManifest,
  readManifestText,
  REPO_ROOT,
  versionOverrides,
  workbookHost,
} from "./load-manifest";
import * as schema from "./manifest-schema";
import {
  allElements,
  attribute,
  childOfType,
  childrenNamed,
  localName,
  onlyChild,
  path,
  type XmlElement,
} from "./xml-tree";

const root = parseManifest(readManifestText());
const host = workbookHost(root);
const customFunctions = path(host, "AllFormFactors", "ExtensionPoint");
const desktop = path(host, "DesktopFormFactor");
const ribbon = childOfType(desktop, "ExtensionPoint", "PrimaryCommandSurface");

function childNames(element: XmlElement): string[] {
  return element.children.map(localName);
}

function urlOf(resid: string): string {
  const resource = manifestResources(root).find((entry) => entry.kind === "Urls" && entry.id === resid);
  if (resource === undefined) throw new Error(`no Url resource ${resid}`);
  return resource.defaultValue;
}

describe("manifest.xml structure", () => {
  it("is a task pane add-in manifest in the 1.1 namespace", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes).toMatchObject({
      xmlns: "http://schemas.microsoft.com/office/appforoffice/1.1",
      "xsi:type": "TaskPaneApp",
      "xmlns:bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
    });
    expect(versionOverrides(root).attributes).toMatchObject({
      xmlns: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
      "xsi:type": "VersionOverridesV1_0",
    });
  });

  it("has a GUID id and the package's version", () => {
    const packageVersion = (
      JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }
    ).version;
    expect(onlyChild(root, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(onlyChild(root, "Version").text).toBe(`${packageVersion}.0`);
    expect(attribute(onlyChild(root, "DisplayName"), "DefaultValue")).toBe("Commerce Analytics");
  });

  it("orders every parent's children as the XSD sequences do", () => {
    const requirements = onlyChild(root, "Requirements");
    const group = path(ribbon, "OfficeTab", "Group");
    const button = onlyChild(group, "Control");
    const checks: [string, XmlElement, schema.ChildSequence][] = [
      ["OfficeApp", root, schema.OFFICE_APP_TASKPANE],
      ["Requirements", requirements, schema.REQUIREMENTS],
      ["VersionOverrides", versionOverrides(root), schema.VERSION_OVERRIDES_V1_0],
      ["Host", host, schema.WORKBOOK_HOST],
      ["CustomFunctions", customFunctions, schema.CUSTOM_FUNCTIONS_EXTENSION_POINT],
      ["DesktopFormFactor", desktop, schema.FORM_FACTOR],
      ["GetStarted", onlyChild(desktop, "GetStarted"), schema.GET_STARTED],
      ["PrimaryCommandSurface", ribbon, schema.COMMAND_SURFACE],
      ["Group", group, schema.GROUP],
      ["Button", button, schema.BUTTON],
      ["Supertip", onlyChild(button, "Supertip"), schema.SUPERTIP],
      ["ShowTaskpane", onlyChild(button, "Action"), schema.SHOW_TASKPANE],
      ["Resources", path(versionOverrides(root), "Resources"), schema.RESOURCES],
    ];
    const problems = checks.flatMap(([label, element, sequence]) =>
      schema.sequenceProblems(childNames(element), sequence).map((problem) => `${label}: ${problem}`),
    );
    expect(problems).toEqual([]);
    expect(button.attributes["xsi:type"]).toBe("Button");
    expect(onlyChild(button, "Action").attributes["xsi:type"]).toBe("ShowTaskpane");
  });

  it("detects an element out of order (the order check can fail)", () => {
    expect(schema.sequenceProblems(["Id", "ProviderName", "Version"], schema.OFFICE_APP_TASKPANE)).toContain(
      "<Version> must come before <ProviderName>",
    );
    expect(schema.sequenceProblems(["Script", "Metadata"], schema.CUSTOM_FUNCTIONS_EXTENSION_POINT)).toEqual([
      "<Page> is required",
    ]);
  });

  it("declares one long-lived runtime as the first child of the Workbook host", () => {
    expect(localName(host.children[0] ?? host)).toBe("Runtimes");
    const runtimes = childrenNamed(onlyChild(host, "Runtimes"), "Runtime");
    expect(runtimes.map((runtime) => runtime.attributes)).toEqual([
      { resid: "Taskpane.Url", lifetime: "long" },
    ]);
  });

  it("runs the custom functions, the ribbon's function file and the task pane in that runtime", () => {
    const runtimeResid = attribute(path(host, "Runtimes", "Runtime"), "resid");
    const button = path(ribbon, "OfficeTab", "Group", "Control");
    expect({
      customFunctionsPage: attribute(path(customFunctions, "Page", "SourceLocation"), "resid"),
      functionFile: attribute(onlyChild(desktop, "FunctionFile"), "resid"),
      taskPane: attribute(path(button, "Action", "SourceLocation"), "resid"),
    }).toEqual({ customFunctionsPage: runtimeResid, functionFile: runtimeResid, taskPane: runtimeResid });
    expect(urlOf(runtimeResid)).toBe(
      attribute(path(root, "DefaultSettings", "SourceLocation"), "DefaultValue"),
    );
    expect(new URL(urlOf(runtimeResid)).pathname).toBe("/taskpane.html");
    // A shared runtime supports one task pane, identified by its TaskpaneId (same article, "Multiple task panes").
    expect(path(button, "Action", "TaskpaneId").text).not.toBe("");
  });

  it("points the functions' script and metadata at the build's functions.js and functions.json", () => {
    const runtimeUrl = new URL(urlOf(attribute(path(host, "Runtimes", "Runtime"), "resid")));
    const scriptUrl = new URL(urlOf(attribute(path(customFunctions, "Script", "SourceLocation"), "resid")));
    const metadataUrl = new URL(
      urlOf(attribute(path(customFunctions, "Metadata", "SourceLocation"), "resid")),
    );
    expect([scriptUrl.origin, scriptUrl.pathname]).toEqual([runtimeUrl.origin, "/functions.js"]);
    expect([metadataUrl.origin, metadataUrl.pathname]).toEqual([runtimeUrl.origin, "/functions.json"]);
  });

  it("has no <Namespace>, so the functions keep their dotted ids (=RFM.LEVEL)", () => {
    expect(allElements(root).filter((element) => localName(element) === "Namespace")).toEqual([]);
  });

  // CustomFunctionsRuntime 1.3: CustomFunctions.Error is 1.2 and the error codes the functions return are 1.3
  // (test/manifest/custom-functions-requirement.test.ts derives it from the typings).
  it("requires SharedRuntime 1.1, CustomFunctionsRuntime 1.3 and ExcelApi 1.7", () => {
    const sets = path(root, "Requirements", "Sets");
    expect(attribute(sets, "DefaultMinVersion")).toBe("1.1");
    const versions = Object.fromEntries(
      childrenNamed(sets, "Set").map((set) => [attribute(set, "Name"), attribute(set, "MinVersion")]),
    );
    expect(versions).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", ExcelApi: "1.7" });
  });

  it("adds its button to the Home tab, for Excel workbooks only", () => {
    expect(attribute(onlyChild(ribbon, "OfficeTab"), "id")).toBe("TabHome");
    expect(
      childrenNamed(onlyChild(root, "Hosts"), "Host").map((element) => attribute(element, "Name")),
    ).toEqual(["Workbook"]);
    expect(onlyChild(root, "Permissions").text).toBe("ReadWriteDocument");
  });
});
