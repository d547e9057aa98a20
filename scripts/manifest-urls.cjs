// The manifest's URLs: manifest.xml is written against the dev server (https://localhost:3000/) and the
// production build (webpack.config.js, production mode) rewrites every dev URL to the production base URL.
// CommonJS without dependencies so webpack.config.js and the Jest tests can both require it.

/** The dev server's base URL, exactly as manifest.xml spells it. */
const DEV_BASE_URL = "https://localhost:3000/";
/** Where the built add-in is hosted unless ADDIN_PROD_URL says otherwise (a placeholder domain). */
const DEFAULT_PROD_BASE_URL = "https://commerce-analytics.example.com/";

/**
 * Normalises a production base URL: absolute, https, no query or fragment, ending with "/".
 * @param {string} baseUrl
 * @returns {string}
 * @throws {Error} when the URL is not absolute https, or points at localhost.
 */
function normalizeBaseUrl(baseUrl) {
  let parsed;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`manifest-urls: the production URL is not an absolute URL (${JSON.stringify(baseUrl)})`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`manifest-urls: the production URL must use https (${baseUrl})`);
  }
  if (/localhost|127\.0\.0\.1|\[::1\]/i.test(parsed.host)) {
    throw new Error(`manifest-urls: the production URL must not point at the local machine (${baseUrl})`);
  }
  if (parsed.search !== "" || parsed.hash !== "") {
    throw new Error(`manifest-urls: the production URL must not have a query or fragment (${baseUrl})`);
  }
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/**
 * The production base URL: env.ADDIN_PROD_URL when set and not blank, else DEFAULT_PROD_BASE_URL.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function productionUrl(env = process.env) {
  const fromEnv = env.ADDIN_PROD_URL;
  return normalizeBaseUrl(fromEnv != null && fromEnv.trim() !== "" ? fromEnv.trim() : DEFAULT_PROD_BASE_URL);
}

/**
 * Rewrites a manifest written for the dev server to the production base URL: every
 * "https://localhost:3000/…" becomes "<prodUrl>…", and the bare origin "https://localhost:3000" (as in
 * <AppDomain>) becomes the production origin. Fails if anything mentioning localhost is left, so a
 * production build can never ship a dev URL (e.g. an "http://localhost" typed by hand).
 * @param {string} xmlText manifest.xml as written in the repository
 * @param {string} prodUrl production base URL, e.g. "https://addin.contoso.com/excel/"
 * @returns {string}
 * @throws {Error} for a bad production URL or a localhost reference the rewrite does not cover.
 * @example rewriteManifestUrls('<a v="https://localhost:3000/x.html"/>', "https://c.example/") // '<a v="https://c.example/x.html"/>'
 */
function rewriteManifestUrls(xmlText, prodUrl) {
  const prodBaseUrl = normalizeBaseUrl(prodUrl);
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  const rewritten = xmlText
    .split(DEV_BASE_URL)
    .join(prodBaseUrl)
    .split(devOrigin)
    .join(new URL(prodBaseUrl).origin);
  const leftover = /[^\s"'<>]*localhost[^\s"'<>]*/i.exec(rewritten);
  if (leftover) {
    throw new Error(
      `manifest-urls: "${leftover[0]}" is not under ${DEV_BASE_URL} and would reach production`,
    );
  }
  return rewritten;
}

module.exports = {
  DEV_BASE_URL,
  DEFAULT_PROD_BASE_URL,
  normalizeBaseUrl,
  productionUrl,
  rewriteManifestUrls,
};
