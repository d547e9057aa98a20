/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { LocaleContext, localeValue } from "../../../../taskpane/app/locale-context";
import { CopyAsSql } from "../../../../taskpane/components/copy-sql/CopyAsSql";
import type { IntakeColumn } from "../../../../src/analysis/intake";
import type { Locale } from "../../../../src/i18n/locale";

const ORDER_COLUMNS: IntakeColumn[] = [
  { name: "會員編號", role: "memberId", type: "text" },
  { name: "Order Date", role: "orderDate", type: "date" },
  { name: "金額", role: "amount", type: "number" },
  { name: "Note", role: null, type: "text" },
];

function renderIn(locale: Locale, columns: IntakeColumn[] = ORDER_COLUMNS) {
  return render(
    <LocaleContext.Provider value={localeValue(locale)}>
      <CopyAsSql analyses={["rfm", "cycle"]} tables={{ lines: columns }} />
    </LocaleContext.Provider>,
  );
}

const statement = () => (screen.getByLabelText("SQL statement") as HTMLTextAreaElement).value;

describe("Copy as SQL", () => {
  it("shows the statement of the tab's analysis with the columns of the roles, quoted by the chosen dialect", () => {
    renderIn("en");
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL…" }));
    // PostgreSQL by default: double-quoted names, the table the user names.
    expect(statement()).toContain('CAST("Order Date" AS DATE) AS order_day');
    expect(statement()).toContain('FROM "orders"');
    expect(statement()).toContain("SELECT member_id, recency_days, frequency, monetary");
    fireEvent.change(screen.getByLabelText("Database"), { target: { value: "mysql" } });
    expect(statement()).toContain("CAST(`Order Date` AS DATE)");
    fireEvent.change(screen.getByLabelText("Table name in your database"), {
      target: { value: "sales.2024" },
    });
    expect(statement()).toContain("FROM `sales.2024`");
    fireEvent.change(screen.getByLabelText("Analysis"), { target: { value: "cycle" } });
    expect(statement()).toContain("Purchase cycle");
    // The three dialects no test runs say so in the chooser.
    const options = [...(screen.getByLabelText("Database") as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toContain("BigQuery GoogleSQL (generated, not run in our tests)");
    expect(options).toContain("PostgreSQL 12+");
  });

  it("says which role is missing in the user's language, never a role key", () => {
    renderIn("zh-TW", ORDER_COLUMNS.slice(0, 2));
    fireEvent.click(screen.getByRole("button", { name: "複製為 SQL…" }));
    expect(screen.getByRole("alert").textContent).toBe(
      "這段 SQL 需要標為「金額」的欄位：請在上方的欄位角色中選擇。",
    );
    expect(screen.queryByLabelText("SQL 陳述式")).toBeNull();
  });

  it("refuses a table name the dialect cannot take, naming it", () => {
    renderIn("en");
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL…" }));
    fireEvent.change(screen.getByLabelText("Table name in your database"), { target: { value: "" } });
    expect(screen.getByRole("alert").textContent).toBe(
      "The table name “” cannot be used in PostgreSQL 12+ (empty, too long, or a character it does not accept).",
    );
  });

  it("copies with the Clipboard API, and asks for Ctrl+C when the host refuses it", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderIn("en");
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL…" }));
    fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Copied to the clipboard."));
    expect(writeText).toHaveBeenCalledWith(statement());
    // Office on the web: writeText rejects (permissions policy), and execCommand is not there in jsdom either.
    writeText.mockRejectedValue(new Error("blocked"));
    Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });
    fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "The clipboard is not available here: select the text above and press Ctrl+C.",
      ),
    );
  });
});
