/**
 * The slice of the add-in only manifest's XSDs that manifest.xml uses: for each parent, the order in which its
 * children must appear (an <xs:sequence>; a child may be absent or, where unbounded, repeated, but never out of
 * order) and the children that are required.
 *
 * Sources:
 * - OfficeApp (TaskPaneApp): "How to find the proper order of manifest elements", section "Basic task pane
 *   add-in element ordering" (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering);
 *   required children from the OfficeApp element reference, "Must contain", TaskPane column.
 * - VersionOverrides, Host/Workbook, CustomFunctions, FormFactor, GetStarted, Group, Button, Supertip,
 *   ShowTaskpane: TaskPaneAppVersionOverridesV1_0.xsd (OfficeDev/office-js-docs-pr,
 *   docs/overview/schemas/taskpane) and [MS-OWEMXML] 2.2 (Host: Runtimes then AllFormFactors; Workbook
 *   extends Host with DesktopFormFactor).
 * - Resources: OfficeAppBasicTypesV1_0.xsd as listed in the Resources element reference (Images, Urls,
 *   ShortStrings, LongStrings).
 */
export interface ChildSequence {
  readonly order: readonly string[];
  readonly required: readonly string[];
}

export const OFFICE_APP_TASKPANE: ChildSequence = {
  order: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  required: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "DefaultSettings",
    "Permissions",
  ],
};

export const VERSION_OVERRIDES_V1_0: ChildSequence = {
  order: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
    "VersionOverrides",
  ],
  required: [],
};

export const WORKBOOK_HOST: ChildSequence = {
  order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  required: [],
};

export const CUSTOM_FUNCTIONS_EXTENSION_POINT: ChildSequence = {
  order: ["Script", "Page", "Metadata", "Namespace"],
  required: ["Script", "Page"],
};

export const FORM_FACTOR: ChildSequence = {
  order: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  required: ["ExtensionPoint"],
};

export const GET_STARTED: ChildSequence = {
  order: ["Title", "Description", "LearnMoreUrl"],
  required: ["Title", "Description", "LearnMoreUrl"],
};

export const COMMAND_SURFACE: ChildSequence = { order: ["OfficeTab", "CustomTab"], required: [] };

export const GROUP: ChildSequence = {
  order: ["Label", "Icon", "Control"],
  required: ["Label", "Icon", "Control"],
};

export const BUTTON: ChildSequence = {
  order: ["Label", "Supertip", "Icon", "Action"],
  required: ["Label", "Supertip", "Icon", "Action"],
};

export const SUPERTIP: ChildSequence = {
  order: ["Title", "Description"],
  required: ["Title", "Description"],
};

export const SHOW_TASKPANE: ChildSequence = {
  order: ["TaskpaneId", "SourceLocation", "Title"],
  required: ["SourceLocation"],
};

export const RESOURCES: ChildSequence = {
  order: ["Images", "Urls", "ShortStrings", "LongStrings"],
  required: [],
};

export const REQUIREMENTS: ChildSequence = { order: ["Sets", "Methods"], required: [] };

/**
 * Problems with a list of child names against a sequence: a child not in the sequence, a child before one that
 * the sequence puts earlier, a required child missing. Empty when the children conform.
 */
export function sequenceProblems(childNames: readonly string[], sequence: ChildSequence): string[] {
  const problems: string[] = [];
  let position = 0;
  for (const childName of childNames) {
    const index = sequence.order.indexOf(childName);
    if (index === -1) problems.push(`<${childName}> is not allowed here`);
    else if (index < position)
      problems.push(`<${childName}> must come before <${sequence.order[position] ?? "?"}>`);
    else position = index;
  }
  for (const requiredName of sequence.required) {
    if (!childNames.includes(requiredName)) problems.push(`<${requiredName}> is required`);
  }
  return problems;
}
