import { render } from "@testing-library/react";
import { createInlineEngine } from "../../engine/inline-engine";
import type { SimulatedExcel } from "../../playground/simulator";
import type { Locale } from "../../src/i18n/locale";
import { App } from "../../taskpane/app/App";
import { createWorkbookPort } from "../../taskpane/excel/workbook-port";

/**
 * Renders the whole task pane over a simulated workbook, as the pane's jsdom tests all do: the workbook port on
 * the simulator, the engine inline (no worker in jsdom), a fixed clock so run records are stable.
 */
export function mountPane(
  excel: SimulatedExcel,
  locale: Locale,
  now = "2026-11-22T00:00:00Z",
): ReturnType<typeof render> {
  return render(
    <App
      services={{
        port: createWorkbookPort(excel, { requirements: excel.requirements }),
        engine: createInlineEngine(),
        engineVersion: "test",
        now: () => new Date(now),
      }}
      initialLocale={locale}
    />,
  );
}
