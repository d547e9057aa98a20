import { createRoot } from "react-dom/client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { localeFromLanguageTag } from "../src/i18n/locale";
import { App } from "../taskpane/app/App";
import { createBrowserEngine } from "../engine/shared-engine";
import { ENGINE_VERSION } from "../taskpane/engine-version";
import { createWorkbookPort } from "../taskpane/excel/workbook-port";
import { createPlaygroundWorkbook } from "./create-playground";
import type { SimulatedExcel } from "./simulator";
import { FileBar } from "./FileBar";
import { useFileOpener } from "./use-file-opener";
import { WorkbookView } from "./WorkbookView";
import { gridRenders, type GridRender } from "./grid-render-log";

declare global {
  interface Window {
    /** The simulated workbook, for the browser tests to read back what the pane wrote. */
    __playground?: SimulatedExcel;
    /** The grid's renders, for the pane benchmark to tell the playground's work from the pane's. */
    __playgroundGridRenders?: readonly GridRender[];
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
  const locale = localeFromLanguageTag(language);
  const refresh = useCallback(() => setVersion((previous) => previous + 1), []);
  const files = useFileOpener(excel, locale, refresh);
  const [dropping, setDropping] = useState(false);
  return (
    <div style={{ display: "flex", height: "100vh", fontFamily: "Segoe UI, sans-serif" }}>
      <section
        style={{
          flex: 1,
          minWidth: 0,
          display: "flex",
          flexDirection: "column",
          outline: dropping ? "3px dashed #107c41" : "none",
          outlineOffset: -3,
        }}
        aria-label="Workbook"
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes("Files")) return;
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDropping(false);
          const dropped = [...event.dataTransfer.files];
          if (dropped.length > 0) void files.open(dropped);
        }}
      >
        <FileBar
          messages={files.messages}
          onOpen={(chosen) => void files.open(chosen)}
          onDownload={() => void files.download()}
        />
        <div style={{ flex: 1, minHeight: 0 }}>
          <WorkbookView
            excel={excel}
            version={version}
            onSelect={(address) => {
              excel.select(address);
              setVersion((previous) => previous + 1);
            }}
          />
        </div>
      </section>
      <aside
        style={{
          width: paneWidthPx,
          boxSizing: "border-box",
          borderLeft: "1px solid #d1d1d1",
          overflow: "auto",
          flexShrink: 0,
        }}
        aria-label="Task pane"
      >
        <App services={services} initialLocale={locale} />
      </aside>
    </div>
  );
}

const excel = createPlaygroundWorkbook();
window.__playground = excel;
window.__playgroundGridRenders = gridRenders;
const root = document.getElementById("root");
if (root !== null) createRoot(root).render(<Playground excel={excel} />);
