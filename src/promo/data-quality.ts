/** The three inputs of a promotion analysis. */
export type PromoTableName = "lines" | "products" | "traffic";

/**
 * One data-quality finding of the join. Every product key that is not in all the given tables gets an
 * `unmatchedProduct` line, so nothing disappears in an inner join without a trace.
 */
export type DataQualityLine =
  | {
      readonly kind: "unmatchedProduct";
      readonly productKey: string;
      readonly presentIn: readonly PromoTableName[];
      readonly missingFrom: readonly PromoTableName[];
    }
  | {
      readonly kind: "duplicateKey";
      readonly table: "products" | "traffic";
      readonly productKey: string;
      readonly rowCount: number;
      /** products: the first row is used; traffic: the rows are summed. */
      readonly resolution: "firstRowKept" | "rowsSummed";
    }
  | {
      readonly kind: "unkeyedRows";
      readonly table: PromoTableName;
      readonly rowCount: number;
      /** Lines only: the units and amount these rows carry, which no product receives. */
      readonly units: number;
      readonly amount: number;
    }
  | {
      readonly kind: "blankCells";
      readonly table: "lines";
      readonly column: "units" | "amounts";
      /** Blank cells, counted as 0. */
      readonly rowCount: number;
    };
