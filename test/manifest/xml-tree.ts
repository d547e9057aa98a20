import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One XML element: qualified name as written ("bt:Image"), attributes, child elements in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

/** The local part of a qualified name: "bt:Image" → "Image". */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

/** Throws with the parser's message when the text is not well-formed XML. */
export function assertWellFormed(xmlText: string): void {
  const verdict = XMLValidator.validate(xmlText);
  if (verdict !== true) {
    throw new Error(
      `not well-formed XML: ${verdict.err.msg} (line ${verdict.err.line}, col ${verdict.err.col})`,
    );
  }
}

/** Parses XML text into its root element, keeping element order (fast-xml-parser's preserveOrder mode). */
export function parseXml(xmlText: string): XmlElement {
  assertWellFormed(xmlText);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = toElements(parser.parse(xmlText) as unknown).filter((node) => !node.name.startsWith("?"));
  const [root, ...rest] = roots;
  if (root === undefined || rest.length > 0) throw new Error("expected exactly one root element");
  return root;
}

/** Every element in the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap((child) => allElements(child))];
}

/** Children of an element with the given local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => localName(child) === local);
}

/** The single child with the given local name; throws when there is none or more than one. */
export function onlyChild(element: XmlElement, local: string): XmlElement {
  const found = childrenNamed(element, local);
  const [first] = found;
  if (first === undefined || found.length !== 1) {
    throw new Error(`<${element.name}> has ${found.length} <${local}> children, expected 1`);
  }
  return first;
}

/** The single child with the given local name and xsi:type; throws when there is none or more than one. */
export function childOfType(element: XmlElement, local: string, xsiType: string): XmlElement {
  const found = childrenNamed(element, local).filter((child) => child.attributes["xsi:type"] === xsiType);
  const [first] = found;
  if (first === undefined || found.length !== 1) {
    throw new Error(
      `<${element.name}> has ${found.length} <${local} xsi:type="${xsiType}"> children, expected 1`,
    );
  }
  return first;
}

/** Follows a path of local names from an element, requiring exactly one match at each step. */
export function path(element: XmlElement, ...locals: readonly string[]): XmlElement {
  return locals.reduce((current, local) => onlyChild(current, local), element);
}

/** An attribute's value; throws when it is missing. */
export function attribute(element: XmlElement, attributeName: string): string {
  const value = element.attributes[attributeName];
  if (value === undefined) throw new Error(`<${element.name}> has no ${attributeName} attribute`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) throw new Error("unexpected parser output: expected an array of nodes");
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text" && key !== "#comment");
    if (name === undefined) continue;
    const childNodes = node[name];
    const rawAttributes = node[":@"];
    const attributes: Record<string, string> = {};
    if (isRecord(rawAttributes)) {
      for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
    }
    const textParts = Array.isArray(childNodes)
      ? childNodes
          .filter(isRecord)
          .flatMap((child) => (child["#text"] === undefined ? [] : [String(child["#text"])]))
      : [];
    elements.push({ name, attributes, children: toElements(childNodes ?? []), text: textParts.join("") });
  }
  return elements;
}
