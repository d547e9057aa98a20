import { channels } from "./order-samples";
import { seededRandom } from "./seeded-random";
import { sampleFormats as formats, type SampleSheet } from "./sample-sheet";

// Member behaviour (English headers): a year of order lines with the time of day, coupon amounts, unit prices,
// categories, channels and registration dates, from members who buy at their own rate and drop out at their
// own risk (the BG/NBD story), so every analysis of the Members tab has something to show. Each member also
// has a region, a gender and a birthday (for the Profile), drawn from a generator of their own so the order
// lines stay as they were; some are blank, as in real exports (Unknown in the Profile).

const memberRegions = ["North", "North", "North", "Central", "Central", "South", "East"];

/** A member's region, gender and birthday ("" = blank), from the attribute generator. */
function memberAttributes(random: () => number): [string, string, number | string] {
  const region = random() < 0.05 ? "" : (memberRegions[Math.floor(random() * memberRegions.length)] ?? "");
  const genderDraw = random();
  const gender = genderDraw < 0.55 ? "F" : genderDraw < 0.92 ? "M" : "";
  // Ages 18-70 on 2025-01-01, younger members more likely; one in ten leaves the birthday blank.
  const age = 18 + Math.floor(52 * Math.pow(random(), 1.6));
  const birthday = random() < 0.1 ? "" : 45658 - age * 365 - Math.floor(random() * 365);
  return [region, gender, birthday];
}

const memberCategoryPrices: readonly (readonly [string, number])[] = [
  ["Apparel", 690],
  ["Shoes", 1290],
  ["Beauty", 450],
  ["Home", 820],
  ["Snacks", 120],
];
/** Relative order counts per hour of day: a lunch bump and an evening peak. */
const memberHourWeights = [2, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 9, 8, 5, 4, 4, 5, 7, 9, 11, 12, 9, 4];

function pickWeighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let left = random() * total;
  for (const [index, weight] of weights.entries()) {
    left -= weight;
    if (left < 0) return index;
  }
  return weights.length - 1;
}

export function memberBehaviour(): SampleSheet {
  const random = seededRandom(53);
  const header = [
    "Member ID",
    "Order ID",
    "Order Time",
    "Amount",
    "Unit Price",
    "Coupon",
    "Category",
    "Channel",
    "Registration Date",
    "Region",
    "Gender",
    "Birthday",
  ];
  const attributesRandom = seededRandom(71);
  const firstDay = 45292; // 2024-01-01
  const lastDay = firstDay + 365;
  const rows: (string | number)[][] = [];
  let orderNumber = 0;
  for (let member = 1; member <= 160; member++) {
    const registration = firstDay - 200 + Math.floor(random() * 480);
    const ordersPerDay = (0.3 + 2.5 * random() * random()) / 30;
    const dropout = 0.05 + 0.4 * random();
    const couponAffinity = Math.pow(random(), 1.5);
    const preferredChannel = channels[Math.floor(random() * channels.length)] ?? "App";
    // Members differ in how much they spend per order (Gamma-Gamma's heterogeneity), not only in how often.
    const spendLevel = 0.4 + 2 * random() * random();
    const attributes = memberAttributes(attributesRandom);
    let day = Math.max(registration, firstDay) + Math.floor(random() * 60);
    while (day < lastDay) {
      orderNumber++;
      const time = (pickWeighted(random, memberHourWeights) * 60 + Math.floor(random() * 60)) / 1440;
      const coupon = random() < couponAffinity * 0.6 ? (random() < 0.5 ? 50 : 100) : 0;
      const channel =
        random() < 0.75 ? preferredChannel : (channels[Math.floor(random() * channels.length)] ?? "Web");
      const lineCount = random() < 0.35 ? 2 : 1;
      for (let line = 0; line < lineCount; line++) {
        const [category, listPrice] = memberCategoryPrices[
          Math.floor(random() * memberCategoryPrices.length)
        ] ?? ["Apparel", 690];
        const unitPrice = Math.round(listPrice * spendLevel * (0.85 + 0.3 * random()));
        const quantity = 1 + Math.floor(random() * 2);
        const lineCoupon = line === 0 && coupon < unitPrice * quantity ? coupon : 0;
        rows.push([
          `M${String(member).padStart(4, "0")}`,
          `OR${String(orderNumber).padStart(5, "0")}`,
          day + time,
          unitPrice * quantity - lineCoupon,
          unitPrice,
          lineCoupon,
          category,
          channel,
          registration,
          ...attributes,
        ]);
      }
      if (random() < dropout) break;
      day += Math.max(1, Math.round(-Math.log(1 - random()) / ordersPerDay));
    }
  }
  return {
    name: "Member orders",
    values: [header, ...rows],
    numberFormats: formats(header, rows.length, [
      "@",
      "@",
      "yyyy-mm-dd hh:mm",
      "#,##0",
      "#,##0",
      "#,##0",
      "@",
      "@",
      "yyyy-mm-dd",
      "@",
      "@",
      "yyyy-mm-dd",
    ]),
  };
}
