// Offline checks of manifest.xml's resources and URLs. Limits from the add-in only manifest reference:
// Resources element ("An id must be unique within the manifest and can have a maximum of 32 characters";
// Url ≤ 2048, ShortString ≤ 125, LongString ≤ 250 characters; SSL for every Image and Url), Runtime element
// (resid ≤ 32 characters), DisplayName (≤ 125) and Description (≤ 250).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DEV_BASE_URL } from "../../scripts/manifest-urls.cjs";
import {
  expectedResourceKind,
  manifestResources,
  manifestUrls,
  parseManifest,
  readManifestText,
  REPO_ROOT,
  residReferences,
  type ResourceKind,
} from "./load-manifest";
import { readPngSize } from "./png-info";
import { allElements, attribute, childrenNamed, localName, onlyChild } from "./xml-tree";

const root = parseManifest(readManifestText());
const resources = manifestResources(root);
const UI_LOCALES = ["zh-TW", "zh-CN"];
const MAX_CHARACTERS: Record<ResourceKind, number> = {
  Images: 2048,
  Urls: 2048,
  ShortStrings: 125,
  LongStrings: 250,
};
/** Resources defined for later use; none today. */
const INTENTIONALLY_UNUSED: readonly string[] = [];

function characterCount(text: string): number {
  return [...text].length;
}

describe("manifest.xml resources", () => {
  it("resolves every resid to a resource of the kind its element needs", () => {
    const unresolved = residReferences(root).flatMap(({ element, resid }) => {
      const kind = expectedResourceKind(element);
      if (kind === undefined) return [`<${element.name}> has a resid but no known resource kind`];
      return resources.some((resource) => resource.kind === kind && resource.id === resid)
        ? []
        : [`${resid} (${kind})`];
    });
    expect(residReferences(root).length).toBeGreaterThan(10);
    expect(unresolved).toEqual([]);
  });

  it("uses every resource, and defines each id once", () => {
    const used = new Set(residReferences(root).map(({ resid }) => resid));
    const ids = resources.map((resource) => resource.id);
    expect(ids.filter((id) => !used.has(id) && !INTENTIONALLY_UNUSED.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps ids and resids within 32 characters and strings within their limits", () => {
    const longIds = [
      ...resources.map((resource) => resource.id),
      ...residReferences(root).map(({ resid }) => resid),
    ].filter((id) => characterCount(id) > 32);
    expect(longIds).toEqual([]);
    const tooLong = resources.flatMap((resource) =>
      [resource.defaultValue, ...resource.overrides.values()]
        .filter((value) => characterCount(value) > MAX_CHARACTERS[resource.kind])
        .map((value) => `${resource.id}: ${value}`),
    );
    expect(tooLong).toEqual([]);
    const limits: [string, number][] = [
      ["DisplayName", 125],
      ["Description", 250],
    ];
    for (const [elementName, limit] of limits) {
      const element = onlyChild(root, elementName);
      const values = [
        attribute(element, "DefaultValue"),
        ...childrenNamed(element, "Override").map((o) => attribute(o, "Value")),
      ];
      expect(values.filter((value) => characterCount(value) > limit)).toEqual([]);
    }
  });

  it("translates the display name, description and every string into zh-TW and zh-CN", () => {
    const translated = [
      ...["DisplayName", "Description"].map((elementName) => {
        const element = onlyChild(root, elementName);
        return {
          id: elementName,
          locales: childrenNamed(element, "Override").map((o) => attribute(o, "Locale")),
        };
      }),
      ...resources
        .filter((resource) => resource.kind === "ShortStrings" || resource.kind === "LongStrings")
        .map((resource) => ({ id: resource.id, locales: [...resource.overrides.keys()] })),
    ];
    expect(translated.filter(({ locales }) => locales.join() !== UI_LOCALES.join())).toEqual([]);
    expect(onlyChild(root, "DefaultLocale").text).toBe("en-US");
  });

  it("uses https for every URL, all under the dev server so the production rewrite covers them", () => {
    const urls = manifestUrls(root);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => new URL(url).protocol !== "https:")).toEqual([]);
    expect(urls.filter((url) => !url.startsWith(DEV_BASE_URL) && url !== DEV_BASE_URL.slice(0, -1))).toEqual(
      [],
    );
    // The list above misses no URL written anywhere (namespace declarations aside).
    const everyHttpValue = allElements(root).flatMap((element) =>
      [
        ...Object.entries(element.attributes)
          .filter(([key]) => !key.startsWith("xmlns"))
          .map(([, value]) => value),
        element.text,
      ].filter((value) => /^https?:/i.test(value)),
    );
    expect(everyHttpValue.sort()).toEqual([...urls].sort());
  });

  it("gives each ribbon icon size a PNG of that size in assets/", () => {
    const iconImages = allElements(root).filter(
      (element) => localName(element) === "Image" && element.attributes.size !== undefined,
    );
    expect(iconImages.length).toBeGreaterThanOrEqual(6);
    // "Each icon must have three Images elements, one for each of the three mandatory sizes: 16, 32, 80."
    const iconSizeLists = allElements(root)
      .filter((element) => element.name === "Icon")
      .map((icon) => icon.children.map((image) => Number(attribute(image, "size"))));
    expect(iconSizeLists.filter((sizes) => ![16, 32, 80].every((size) => sizes.includes(size)))).toEqual([]);
    for (const image of iconImages) {
      const sizePx = Number(attribute(image, "size"));
      const resource = resources.find(
        (entry) => entry.kind === "Images" && entry.id === attribute(image, "resid"),
      );
      expect(resource?.defaultValue).toBe(`${DEV_BASE_URL}assets/icon-${sizePx}.png`);
      expect(readPngSize(join(REPO_ROOT, "assets", `icon-${sizePx}.png`))).toEqual({
        widthPx: sizePx,
        heightPx: sizePx,
      });
    }
  });

  it("points IconUrl at a 32 px and HighResolutionIconUrl at a 64 px icon, and the help page exists", () => {
    // IconUrl: "for content and task pane apps, the image specified must be 32 x 32 pixels";
    // HighResolutionIconUrl: "the recommended image resolution is 64 x 64 pixels" (manifest element reference).
    const iconSizes = ["IconUrl", "HighResolutionIconUrl"].map((elementName) => {
      const url = attribute(onlyChild(root, elementName), "DefaultValue");
      expect(url.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
      return readPngSize(join(REPO_ROOT, url.slice(DEV_BASE_URL.length))).widthPx;
    });
    expect(iconSizes).toEqual([32, 64]);
    const supportUrl = attribute(onlyChild(root, "SupportUrl"), "DefaultValue");
    expect(supportUrl.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
    expect(existsSync(join(REPO_ROOT, supportUrl.slice(DEV_BASE_URL.length)))).toBe(true);
  });
});
