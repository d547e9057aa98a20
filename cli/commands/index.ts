import type { CommandEntry } from "../command";
import type * as Intake from "./intake";
import type * as Rfm from "./rfm";
import type * as Segment from "./segment";
import type * as Kmeans from "./kmeans";
import type * as Cycle from "./cycle";
import type * as Sensitivity from "./sensitivity";
import type * as Timing from "./timing";
import type * as Cohorts from "./cohorts";
import type * as Pareto from "./pareto";
import type * as Profile from "./profile";
import type * as Clv from "./clv";
import type * as Churn from "./churn";
import type * as Promo from "./promo";
import type * as Yoy from "./yoy";
import type * as Bands from "./bands";
import type * as Sql from "./sql";

/**
 * Every command, in --help order: its name and one-line summary (all the overall --help needs) and a loader
 * that requires its module only when the command runs or shows its own --help, so a run loads one analysis,
 * not all of them. To add one: write cli/commands/<name>.ts with defineCommand, list it here.
 *
 * require, not import(): bin/commerce-analytics.cjs runs the command line through tsx/cjs, where a dynamic
 * import() goes to Node's ESM loader, which resolves neither extensionless paths nor .ts files. The type-only
 * imports above are erased; they only check the export names.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "intake",
    summary: "Read a CSV/XLSX export: shape, the role and type found for each column, data-quality report.",
    load: () => (require("./intake") as typeof Intake).intakeCommand,
  },
  {
    name: "rfm",
    summary:
      "RFM per member: days since last order, orders, amount, R/F/M scores 1-5 and segment (R rfm rules).",
    load: () => (require("./rfm") as typeof Rfm).rfmCommand,
  },
  {
    name: "segment",
    summary:
      "Member segments: R/F/M from order lines, study levels or quantile scores, elbow sweep, k-means, customer types.",
    load: () => (require("./segment") as typeof Segment).segmentCommand,
  },
  {
    name: "kmeans",
    summary:
      "k-means on numeric columns: elbow sweep with silhouette, Calinski-Harabasz, Davies-Bouldin and a recommended k.",
    load: () => (require("./kmeans") as typeof Kmeans).kmeansCommand,
  },
  {
    name: "cycle",
    summary: "Purchase cycle: days between each member's last two purchase days; mean, Q1, median, Q3.",
    load: () => (require("./cycle") as typeof Cycle).cycleCommand,
  },
  {
    name: "sensitivity",
    summary:
      "Promotion sensitivity (share of orders with a coupon or discount: low/mid/high) and price index.",
    load: () => (require("./sensitivity") as typeof Sensitivity).sensitivityCommand,
  },
  {
    name: "timing",
    summary: "When members order (weekday × hour, preferred part of the day) and through which channel.",
    load: () => (require("./timing") as typeof Timing).timingCommand,
  },
  {
    name: "cohorts",
    summary: "Cohort retention by first-order month; new, returning and lapsed members per month.",
    load: () => (require("./cohorts") as typeof Cohorts).cohortsCommand,
  },
  {
    name: "pareto",
    summary: "Pareto check: share of revenue held by the top 20 % (--top) of members, Lorenz curve, Gini.",
    load: () => (require("./pareto") as typeof Pareto).paretoCommand,
  },
  {
    name: "profile",
    summary:
      "Member profile: members, orders, GMV, AOV and repeat buyers by region, gender, age band, level…; top-5 share; cross-tab.",
    load: () => (require("./profile") as typeof Profile).profileCommand,
  },
  {
    name: "clv",
    summary:
      "Customer lifetime value: simple CLV, BG/NBD (P(alive), expected purchases) or discounted CLV with Gamma-Gamma.",
    load: () => (require("./clv") as typeof Clv).clvCommand,
  },
  {
    name: "churn",
    summary:
      "Churn risk: who will not buy in the next N days (logistic regression + tree, holdout AUC, reasons per member).",
    load: () => (require("./churn") as typeof Churn).churnCommand,
  },
  {
    name: "promo",
    summary:
      "Promotion KPIs (GMV, conversion, discount rate, sell-through, …) and keep / candidate / clear per product.",
    load: () => (require("./promo") as typeof Promo).promoCommand,
  },
  {
    name: "yoy",
    summary:
      "Year over year from dated orders: GMV, orders, customers (distinct members), units, aov = GMV / customers, % change.",
    load: () => (require("./yoy") as typeof Yoy).yoyCommand,
  },
  {
    name: "bands",
    summary:
      "Cut a numeric column into bands (pandas.cut: right-closed, lowest edge included): rows and column sums per band.",
    load: () => (require("./bands") as typeof Bands).bandsCommand,
  },
  {
    name: "sql",
    summary:
      "Print one SQL statement that runs an analysis where the data lives (DuckDB, PostgreSQL, MySQL, SQLite, BigQuery, Spark, Snowflake).",
    load: () => (require("./sql") as typeof Sql).sqlCommand,
  },
];

/** The command called `name`, or undefined when there is none. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((command) => command.name === name);
}
