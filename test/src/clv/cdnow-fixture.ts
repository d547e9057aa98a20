/**
 * Loads the CDNOW fixtures (test/fixtures/clv/README.md: Fader, Hardie & Lee 2005, the 1/10 sample and its
 * published 39-week calibration summary).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TransactionColumns } from "../../../src/clv/btyd-summary";
import type { BtydCustomer } from "../../../src/clv/types";

const fixtures = join(__dirname, "../../fixtures/clv");

/** Excel serial of a calendar date (1900 system, 25569 = 1970-01-01), computed through UTC. */
export function excelSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
}

/** The published summary file as text fields (to compare at its own precision) and as BtydCustomer rows. */
export interface PublishedSummaryRow {
  readonly id: number;
  readonly x: string;
  readonly tX: string;
  readonly T: string;
  readonly zbar: string;
}

export function readPublishedSummary(): PublishedSummaryRow[] {
  const lines = readFileSync(join(fixtures, "cdnow_customers_summary_with_transactions.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [id, x, tX, T, zbar] = line.split(",") as [string, string, string, string, string];
    return { id: Number(id), x, tX, T, zbar };
  });
}

export function cdnowCustomers(): BtydCustomer[] {
  return readPublishedSummary().map((row) => ({
    customerId: row.id,
    frequency: Number(row.x),
    recency: Number(row.tX),
    age: Number(row.T),
    meanRepeatSpend: Number(row.zbar),
  }));
}

/** CDNOW_sample.txt: `master_id sample_id YYYYMMDD cds dollars`; the sample id is the summary's ID. */
export function cdnowTransactions(): TransactionColumns {
  const customerIds: number[] = [];
  const dateSerials: number[] = [];
  const amounts: number[] = [];
  for (const line of readFileSync(join(fixtures, "CDNOW_sample.txt"), "utf8").split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 5) continue;
    const date = fields[2] as string;
    customerIds.push(Number(fields[1]));
    dateSerials.push(
      excelSerial(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))),
    );
    amounts.push(Number(fields[4]));
  }
  return { customerIds, dateSerials, amounts };
}

/** CDNOW's calibration end, 1997-09-30. */
export const CDNOW_CALIBRATION_END = excelSerial(1997, 9, 30);
