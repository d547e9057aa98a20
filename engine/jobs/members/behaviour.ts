import { CoreError } from "../../../src/errors";
import { purchaseCycleByCategory } from "../../../src/member/cycle-by-category";
import { purchaseCycleSummary } from "../../../src/member/cycle-summary";
import { memberDayParts } from "../../../src/member/day-part";
import { priceSensitivity } from "../../../src/member/price-sensitivity";
import { promotionSensitivity } from "../../../src/member/promotion-sensitivity";
import { orderTimingHeat } from "../../../src/member/timing-heat";
import { cycleSheet } from "../../../src/report/member-cycle";
import { sensitivitySheet } from "../../../src/report/member-sensitivity";
import { timingSheet } from "../../../src/report/member-timing";
import { optionalKeys, optionalNumbers } from "../../../src/table/column-reader";
import { datedColumns, memberColumns } from "./columns";
import { indexOfMax, type AnalysisRunner } from "./runner";

/** Purchase cycle, with the per-category table when a category column is mapped. */
export const runCycle: AnalysisRunner = (table, request, runRecord) => {
  const columns = datedColumns(table, "purchaseCycleSummary");
  const summary = purchaseCycleSummary(columns);
  const categories = optionalKeys(table, "category");
  const byCategory =
    categories === undefined
      ? undefined
      : purchaseCycleByCategory({ memberIds: columns.memberIds, orderDates: columns.orderDates, categories });
  return {
    sheet: cycleSheet(summary, request.locale, runRecord, byCategory),
    facts: { analysis: "cycle", medianDays: summary.stats.median, lapsedAfterDays: summary.lapsedAfterDays },
  };
};

/** Promotion sensitivity (coupon or discount column) and price sensitivity (unit price and category). */
export const runSensitivity: AnalysisRunner = (table, request, runRecord) => {
  const forWhat = "memberSensitivity";
  const couponAmounts = optionalNumbers(table, "couponAmount", forWhat);
  const discounts = optionalNumbers(table, "discount", forWhat);
  const categories = optionalKeys(table, "category");
  const unitPrices = optionalNumbers(table, "unitPrice", forWhat);
  const members = memberColumns(table, forWhat);
  const promotion =
    couponAmounts === undefined && discounts === undefined
      ? undefined
      : promotionSensitivity({
          ...members,
          ...(couponAmounts === undefined ? {} : { couponAmounts }),
          ...(discounts === undefined ? {} : { discounts }),
          discountConvention: request.discountConvention,
        });
  const price =
    categories === undefined || unitPrices === undefined
      ? undefined
      : priceSensitivity({ memberIds: members.memberIds, categories, unitPrices });
  if (promotion === undefined && price === undefined) {
    throw new CoreError(
      "MISSING_COLUMN",
      `${forWhat} requires a coupon amount or discount column, or a unit price and a category column`,
    );
  }
  return {
    sheet: sensitivitySheet(
      { ...(promotion === undefined ? {} : { promotion }), ...(price === undefined ? {} : { price }) },
      request.locale,
      runRecord,
    ),
    facts: {
      analysis: "sensitivity",
      highShare: promotion === undefined ? null : promotion.tagCounts.high / promotion.members.length,
      medianPriceIndex: price === undefined ? null : price.summary.median,
    },
  };
};

/** Weekday × hour heat table and, when the dates carry a time of day, each member's preferred day-part. */
export const runTiming: AnalysisRunner = (table, request, runRecord) => {
  const columns = datedColumns(table, "orderTimingHeat");
  const heat = orderTimingHeat(columns);
  const dayParts = heat.hasTimeOfDay ? memberDayParts(columns) : undefined;
  const hourTotals =
    heat.weekdayHourOrders === null
      ? null
      : Array.from(
          { length: 24 },
          (_, hour) => heat.weekdayHourOrders?.reduce((sum, hours) => sum + (hours[hour] ?? 0), 0) ?? 0,
        );
  return {
    sheet: timingSheet(heat, request.locale, runRecord, dayParts),
    facts: {
      analysis: "timing",
      peakWeekday: indexOfMax(heat.weekdayOrders),
      peakHour: hourTotals === null ? null : indexOfMax(hourTotals),
    },
  };
};
