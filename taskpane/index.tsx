import { createRoot } from "react-dom/client";
import { localeFromLanguageTag } from "../src/i18n/locale";
import { App } from "./app/App";
import { sharedEngine } from "../engine/shared-engine";
import { ENGINE_VERSION } from "./engine-version";
import { createWorkbookPort } from "./excel/workbook-port";

/** The task pane inside Excel: the real Excel namespace behind the port, the engine in a Web Worker. */
Office.onReady(() => {
  const root = document.getElementById("root");
  if (root === null) return;
  createRoot(root).render(
    <App
      services={{
        port: createWorkbookPort(Excel),
        engine: sharedEngine(),
        engineVersion: ENGINE_VERSION,
        now: () => new Date(),
      }}
      initialLocale={localeFromLanguageTag(Office.context.displayLanguage)}
    />,
  );
});
