import { yearPeriod } from "../../../../src/yoy/period";
import { promotionSqlSettings } from "../../../../taskpane/features/promotion/promotion-sql-settings";
import { defaultSettingsForm } from "../../../../taskpane/features/promotion/settings-form";

const form = defaultSettingsForm(new Date("2026-11-22T00:00:00Z"));
const compared = {
  setting: { mode: "auto" },
  years: { kind: "compare", currentYear: 2023, previousYear: 2022 },
} as const;

describe("promotionSqlSettings", () => {
  it("latest year vs the one before: the years the last automatic run compared, none before a run", () => {
    expect(promotionSqlSettings(form, null).yoy).toEqual({ kind: "unset", gap: "yoyRunFirst" });
    expect(promotionSqlSettings(form, compared).yoy).toEqual({
      kind: "set",
      value: { current: yearPeriod(2023), previous: yearPeriod(2022) },
    });
    // A run with chosen years says nothing about what "latest" resolves to.
    const chosen = {
      ...compared,
      setting: { mode: "years", currentYear: 2023, previousYear: 2022 },
    } as const;
    expect(promotionSqlSettings(form, chosen).yoy).toEqual({ kind: "unset", gap: "yoyRunFirst" });
    const skipped = { setting: { mode: "auto" }, years: { kind: "skip", reason: "noPreviousYear" } } as const;
    expect(promotionSqlSettings(form, skipped).yoy).toEqual({ kind: "unset", gap: "yoyNoYearsFound" });
  });

  it("chosen years: those typed, even while another setting is wrong; none when switched off", () => {
    const years = { ...form, yoyMode: "years", currentYear: " 2019 ", previousYear: "2017" } as const;
    expect(promotionSqlSettings({ ...years, keepConversionPercent: "-1" }, compared).yoy).toEqual({
      kind: "set",
      value: { current: yearPeriod(2019), previous: yearPeriod(2017) },
    });
    expect(promotionSqlSettings({ ...years, previousYear: "1900" }, null).yoy).toEqual({
      kind: "unset",
      gap: "yoyYearsInvalid",
    });
    expect(promotionSqlSettings({ ...form, yoyMode: "none" }, compared).yoy).toEqual({
      kind: "unset",
      gap: "yoySwitchedOff",
    });
  });

  it("price-band edges as the run parses them (the study's by default)", () => {
    expect(promotionSqlSettings(form, null).priceEdges).toEqual({
      kind: "set",
      value: [0, 200, 400, 100000],
    });
    expect(promotionSqlSettings({ ...form, priceEdges: "0；50，80" }, null).priceEdges).toEqual({
      kind: "set",
      value: [0, 50, 80],
    });
    expect(promotionSqlSettings({ ...form, priceEdges: "0, cheap" }, null).priceEdges).toEqual({
      kind: "unset",
      gap: "bandEdgesInvalid",
    });
  });
});
