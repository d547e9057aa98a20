import { readFileSync } from "node:fs";
import path from "node:path";
import { churnOrderLines } from "../../../src/analysis/churn-lines";
import type { ChurnOrderLines } from "../../../src/churn/member-history";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import type { Table } from "../../../src/table/types";
import { fixtureTable } from "../../support/csv-table";

/*
 * The churn fixtures (test/fixtures/churn/README.md): orders.csv, 120 simulated members in 2024, and
 * CDNOW_master.txt, the 23,570 CDNOW customers (Fader, Hardie & Lee 2005). reference.json holds what
 * sklearn_reference.py computed from them with pandas and scikit-learn 1.2.1.
 */
const FIXTURES = path.join(__dirname, "../../fixtures/churn");

export const ORDERS_CSV = "test/fixtures/churn/orders.csv";

/** orders.csv typed by the core's table builder (roles from the headers). */
export const ordersTable = (): Table => fixtureTable(ORDERS_CSV);

/** CDNOW_master.txt (whitespace separated, dates yyyymmdd) as the grid a pasted or opened file gives. */
export function cdnowTable(): Table {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, "CDNOW_master.txt"), "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return tableFromGrid({ values: [header ?? "", ...lines].map((line) => line.split(/\s+/)) });
}

/** The order lines the churn use case reads from a table. */
export const linesOf = (table: Table): ChurnOrderLines => churnOrderLines(table, "churn").lines;

interface ReferenceRun {
  readonly calibrationEnd: string;
  readonly horizonDays: number;
  readonly lastDate: string;
  readonly members: number;
  readonly churnShare: number;
  readonly trainingMembers: number;
  readonly holdoutMembers: number;
  readonly features: readonly string[];
  readonly means: Record<string, number>;
  readonly standardDeviations: Record<string, number>;
  readonly intercept: number;
  readonly coefficients: Record<string, number>;
  readonly auc: number;
  readonly treeAuc: number;
  readonly treeAucOverRandomStates: readonly number[];
  readonly treeMinLeafMembers: number;
  readonly precision: number | null;
  readonly recall: number;
  readonly deciles: readonly {
    decile: number;
    members: number;
    meanPredicted: number;
    observedChurnShare: number;
  }[];
  readonly functionModel: {
    readonly intercept: number;
    readonly coefficients: Record<string, number>;
    readonly auc: number;
    readonly examples?: readonly {
      memberId: string;
      recencyDays: number;
      purchaseDays: number;
      spend: number;
      tenureDays: number;
      probability: number;
    }[];
  };
  readonly holdout: readonly string[];
  readonly labels?: Record<string, number>;
  readonly calibrationFeatures?: Record<string, number[]>;
  readonly scoringFeatures?: Record<string, number[]>;
  readonly probabilities?: Record<string, number>;
}

export interface ChurnReference {
  readonly versions: Record<string, string>;
  readonly orders: ReferenceRun;
  readonly cdnow: ReferenceRun;
}

export const reference = (): ChurnReference =>
  JSON.parse(readFileSync(path.join(FIXTURES, "reference.json"), "utf8")) as ChurnReference;
