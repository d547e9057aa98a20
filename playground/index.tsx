import { createRoot } from "react-dom/client";
import { useEffect, useMemo, useState } from "react";
import { localeFromLanguageTag } from "../src/i18n/locale";
import { App } from "../taskpane/app/App";
import { createBrowserEngine } from "../engine/shared-engine";
import { ENGINE_VERSION } from "../taskpane/engine-version";
import { createWorkbookPort } from "../taskpane/excel/workbook-port";
import { createPlaygroundWorkbook } from "./create-playground";
import type { SimulatedExcel } from "./simulator";
import { WorkbookView } from "./WorkbookView";

declare global {
  interface Window {
    /** The simulated workbook, for the browser tests to read back what the pane wrote. */
    __playground?: SimulatedExcel;
  }
}

/**
 * The pane's width: `?pane=320` (280-600 px) to try the narrow and wide ends of Excel's task pane, else 340 px
 * (Excel's default).
 */
function paneWidthFromQuery(value: string | null): number {
  const widthPx = Number(value);
  return value !== null && Number.isInteger(widthPx) && widthPx >= 280 && widthPx <= 600 ? widthPx : 340;
}

/** The real task pane (right, 340 px like Excel's, or `?pane=`) beside a rendering of the simulated workbook (left). */
function Playground({ excel }: { readonly excel: SimulatedExcel }) {
  const [version, setVersion] = useState(0);
  useEffect(() => excel.subscribe(() => setVersion((previous) => previous + 1)), [excel]);
  const services = useMemo(
    () => ({
      port: createWorkbookPort(excel, { requirements: excel.requirements }),
      engine: createBrowserEngine(),
      engineVersion: ENGINE_VERSION,
      now: () => new Date(),
    }),
    [excel],
  );
  const query = new URLSearchParams(window.location.search);
  const language = query.get("lang") ?? navigator.language;
  const paneWidthPx = paneWidthFromQuery(query.get("pane"));
  return (
    <div style={{ display: "flex", height: "100vh", fontFamily: "Segoe UI, sans-serif" }}>
      <section style={{ flex: 1, minWidth: 0 }} aria-label="Workbook">
        <WorkbookView
          excel={excel}
          version={version}
          onSelect={(address) => {
            excel.select(address);
            setVersion((previous) => previous + 1);
          }}
        />
      </section>
      <aside
        style={{ width: paneWidthPx, boxSizing: "border-box", borderLeft: "1px solid #d1d1d1", overflow: "auto", flexShrink: 0 }}
        aria-label="Task pane"
      >
        <App services={services} initialLocale={localeFromLanguageTag(language)} />
      </aside>
    </div>
  );
}

const excel = createPlaygroundWorkbook();
window.__playground = excel;
const root = document.getElementById("root");
if (root !== null) createRoot(root).render(<Playground excel={excel} />);
