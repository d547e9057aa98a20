import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  allElements,
  attribute,
  childrenNamed,
  localName,
  parseXml,
  path,
  type XmlElement,
} from "./xml-tree";

export const REPO_ROOT = join(__dirname, "..", "..");

/** manifest.xml as committed (dev URLs). */
export function readManifestText(): string {
  return readFileSync(join(REPO_ROOT, "manifest.xml"), "utf8");
}

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
export const RESOURCE_KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** One entry of <Resources>: its kind, id, default value and per-locale overrides. */
export interface ManifestResource {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly defaultValue: string;
  readonly overrides: ReadonlyMap<string, string>;
}

export function versionOverrides(root: XmlElement): XmlElement {
  return path(root, "VersionOverrides");
}

/** The Workbook <Host> inside VersionOverrides. */
export function workbookHost(root: XmlElement): XmlElement {
  const hosts = childrenNamed(path(versionOverrides(root), "Hosts"), "Host");
  const workbook = hosts.filter((host) => host.attributes["xsi:type"] === "Workbook");
  const [only] = workbook;
  if (only === undefined || workbook.length !== 1)
    throw new Error("expected one Workbook host in VersionOverrides");
  return only;
}

/** Every resource in <Resources>, by kind. */
export function manifestResources(root: XmlElement): ManifestResource[] {
  const resources = path(versionOverrides(root), "Resources");
  return RESOURCE_KINDS.flatMap((kind) =>
    childrenNamed(resources, kind).flatMap((group) =>
      group.children.map((entry) => ({
        kind,
        id: attribute(entry, "id"),
        defaultValue: attribute(entry, "DefaultValue"),
        overrides: new Map(
          childrenNamed(entry, "Override").map((override) => [
            attribute(override, "Locale"),
            attribute(override, "Value"),
          ]),
        ),
      })),
    ),
  );
}

/** Every element carrying a resid attribute, with the value. */
export function residReferences(root: XmlElement): { element: XmlElement; resid: string }[] {
  return allElements(root).flatMap((element) => {
    const resid = element.attributes.resid;
    return resid === undefined ? [] : [{ element, resid }];
  });
}

/** Which kind of resource a resid on an element of this local name must point at (the XSD's reference types). */
export function expectedResourceKind(element: XmlElement): ResourceKind | undefined {
  switch (localName(element)) {
    case "Image":
      return "Images";
    case "Runtime":
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return undefined;
  }
}

/** Every URL written in the manifest: DefaultValue/Value of URL-valued elements and resources, and AppDomains. */
export function manifestUrls(root: XmlElement): string[] {
  const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
  const fromBase = root.children
    .flatMap((child) => (child.name === "DefaultSettings" ? child.children : [child]))
    .filter((element) => urlElements.has(element.name))
    .flatMap((element) => [
      attribute(element, "DefaultValue"),
      ...childrenNamed(element, "Override").map((override) => attribute(override, "Value")),
    ]);
  const appDomains = allElements(root)
    .filter((element) => element.name === "AppDomain")
    .map((element) => element.text);
  const fromResources = manifestResources(root)
    .filter((resource) => resource.kind === "Images" || resource.kind === "Urls")
    .flatMap((resource) => [resource.defaultValue, ...resource.overrides.values()]);
  return [...fromBase, ...appDomains, ...fromResources];
}

export function parseManifest(xmlText: string): XmlElement {
  return parseXml(xmlText);
}
