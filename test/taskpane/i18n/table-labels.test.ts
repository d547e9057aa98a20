import { LOCALES } from "../../../src/i18n/locale";
import { intakeSummarySheet } from "../../../src/report/intake-summary";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { roleOptions, typeLabel } from "../../../taskpane/i18n/table-labels";

// A member id, a date, an amount and a TRUE/FALSE column: every type the Data check step names.
const table = tableFromGrid({
  values: [
    ["Customer ID", "Order Date", "Sales", "Returned"],
    ["C1", "2021-01-05", 10, true],
    ["C2", "2021-01-06", 20, false],
  ],
});
const runRecord = {
  inputAddress: "Sheet1!A1:D3",
  rowCount: 2,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2021-01-05T00:00:00.000Z",
};

describe("the pane's role and type names", () => {
  it('names a boolean column "TRUE/FALSE", as Excel writes the values (not "True/false")', () => {
    expect(typeLabel("en", "boolean")).toBe("TRUE/FALSE");
  });

  it.each(LOCALES)("are the words the Intake sheet writes for the same columns (%s)", (locale) => {
    const sheet = intakeSummarySheet(table, locale, runRecord);
    const columnsTable = sheet.tables[0];
    const roles = new Map(roleOptions(locale).map((option) => [option.value, option.label]));
    table.columns.forEach((column, index) => {
      const row = columnsTable?.rows[index];
      expect(typeLabel(locale, column.type)).toBe(row?.[2]);
      if (column.role !== null) expect(roles.get(column.role)).toBe(row?.[1]);
    });
  });

  it("offers every role once", () => {
    const values = roleOptions("zh-CN").map((option) => option.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain("registrationDate");
  });
});
