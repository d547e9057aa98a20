/** Types for scripts/manifest-urls.cjs (used by webpack.config.js and test/manifest). */
/** "https://localhost:3000/", the dev server's base URL as manifest.xml spells it. */
export declare const DEV_BASE_URL: string;
/** "https://commerce-analytics.example.com/", the placeholder production base URL. */
export declare const DEFAULT_PROD_BASE_URL: string;
/** Absolute https URL without query or fragment, ending with "/"; throws otherwise or for localhost. */
export declare function normalizeBaseUrl(baseUrl: string): string;
/** env.ADDIN_PROD_URL when set and not blank, else DEFAULT_PROD_BASE_URL, normalised. */
export declare function productionUrl(env?: Readonly<Record<string, string | undefined>>): string;
/** Every dev URL in xmlText rewritten to prodUrl; throws if any "localhost" would remain. */
export declare function rewriteManifestUrls(xmlText: string, prodUrl: string): string;
