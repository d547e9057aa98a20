// The production build's manifest: scripts/manifest-urls.cjs rewrites every dev URL, and nothing that names
// localhost can reach production.
import {
  DEFAULT_PROD_BASE_URL,
  DEV_BASE_URL,
  normalizeBaseUrl,
  productionUrl,
  rewriteManifestUrls,
} from "../../scripts/manifest-urls.cjs";
import { manifestUrls, parseManifest, readManifestText } from "./load-manifest";
import { allElements, type XmlElement } from "./xml-tree";

const devText = readManifestText();

function shape(root: XmlElement): string[] {
  return allElements(root).map((element) => `${element.name}[${Object.keys(element.attributes).join(",")}]`);
}

describe("production manifest (rewriteManifestUrls)", () => {
  it.each([[DEFAULT_PROD_BASE_URL], ["https://cdn.contoso.com/addins/commerce/"]])(
    "leaves no localhost and keeps the manifest well-formed, with %s",
    (prodBaseUrl) => {
      const prodText = rewriteManifestUrls(devText, prodBaseUrl);
      expect(prodText).not.toMatch(/localhost/i);
      const prodRoot = parseManifest(prodText);
      expect(shape(prodRoot)).toEqual(shape(parseManifest(devText)));
      const origin = new URL(prodBaseUrl).origin;
      const urls = manifestUrls(prodRoot);
      expect(urls.filter((url) => !url.startsWith(prodBaseUrl) && url !== origin)).toEqual([]);
      expect(urls).toContain(`${prodBaseUrl}taskpane.html`);
      expect(urls).toContain(`${prodBaseUrl}functions.json`);
      expect(urls).toContain(origin); // the AppDomain
    },
  );

  it("changes nothing but the URLs", () => {
    const prodText = rewriteManifestUrls(devText, "https://addin.example.org/");
    expect(prodText.split("https://addin.example.org").join(DEV_BASE_URL.slice(0, -1))).toBe(devText);
  });

  it("rewrites a small document exactly", () => {
    const xml = '<a u="https://localhost:3000/x/y.png"><d>https://localhost:3000</d></a>';
    expect(rewriteManifestUrls(xml, "https://c.example/base")).toBe(
      '<a u="https://c.example/base/x/y.png"><d>https://c.example</d></a>',
    );
  });

  it("fails when a localhost URL outside the dev server would remain", () => {
    expect(() => rewriteManifestUrls('<a u="http://localhost:8080/x"/>', DEFAULT_PROD_BASE_URL)).toThrow(
      '"http://localhost:8080/x" is not under https://localhost:3000/',
    );
    expect(() => rewriteManifestUrls('<a u="https://LOCALHOST:3000/x"/>', DEFAULT_PROD_BASE_URL)).toThrow(
      "LOCALHOST",
    );
  });

  it("accepts only an absolute https production URL that is not the local machine", () => {
    expect(normalizeBaseUrl("https://c.example/app")).toBe("https://c.example/app/");
    expect(() => normalizeBaseUrl("http://c.example/")).toThrow("must use https");
    expect(() => normalizeBaseUrl("c.example")).toThrow("not an absolute URL");
    expect(() => normalizeBaseUrl("https://localhost:3000/")).toThrow("local machine");
    expect(() => normalizeBaseUrl("https://127.0.0.1/")).toThrow("local machine");
    expect(() => normalizeBaseUrl("https://c.example/?v=1")).toThrow("query or fragment");
  });

  it("takes the production URL from ADDIN_PROD_URL, else the placeholder", () => {
    expect(productionUrl({})).toBe("https://commerce-analytics.example.com/");
    expect(productionUrl({ ADDIN_PROD_URL: "  " })).toBe(DEFAULT_PROD_BASE_URL);
    expect(productionUrl({ ADDIN_PROD_URL: "https://addin.contoso.com/excel" })).toBe(
      "https://addin.contoso.com/excel/",
    );
    expect(() => productionUrl({ ADDIN_PROD_URL: "http://addin.contoso.com/" })).toThrow("https");
  });
});
