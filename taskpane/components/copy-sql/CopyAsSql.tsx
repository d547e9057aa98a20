import { Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import {
  EXECUTED_SQL_DIALECTS,
  SQL_DIALECTS,
  SQL_DIALECT_TARGETS,
  type SqlDialect,
} from "../../../src/sql/dialect";
import { useLocale } from "../../app/locale-context";
import { useStepStyles } from "../styles";
import type { IntakeColumn } from "../../../src/analysis/intake";
import { copySqlStatement, type PaneSqlAnalysis, type PaneSqlSettings } from "./copy-sql-statement";
import { copySqlText } from "./copy-sql-text";
import { copyText } from "./copy-text";

export interface CopyAsSqlProps {
  /** The analyses this tab offers as SQL, the first chosen by default. */
  readonly analyses: readonly PaneSqlAnalysis[];
  /** The input's columns and roles (the lines; for the promotion also its product and traffic tables). */
  readonly tables: {
    readonly lines: readonly IntakeColumn[];
    readonly products?: readonly IntakeColumn[];
    readonly traffic?: readonly IntakeColumn[];
  };
  /** The settings of the tab's run that yoy and bands need (the periods compared, the band edges). */
  readonly settings?: PaneSqlSettings;
}

const TABLE_NAME_LABELS = {
  lines: "tableName",
  products: "productsTableName",
  traffic: "trafficTableName",
} as const;

type TableRole = keyof typeof TABLE_NAME_LABELS;

/** The tables each statement reads: the promotion's all three, its price bands the product table alone. */
const TABLES_READ: Readonly<Record<PaneSqlAnalysis, readonly TableRole[]>> = {
  rfm: ["lines"],
  levels: ["lines"],
  scores: ["lines"],
  cycle: ["lines"],
  cohorts: ["lines"],
  "churn-features": ["lines"],
  yoy: ["lines"],
  promo: ["lines", "products", "traffic"],
  "promo-products": ["lines", "products", "traffic"],
  bands: ["products"],
};

const useStyles = makeStyles({
  // The statement in a monospace, read-only box that wraps inside the 320-350 px pane.
  statement: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, width: "100%" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  // A native select is as wide as its longest option ("BigQuery GoogleSQL (generated, …)"): keep it in the pane.
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
});

/**
 * "Copy as SQL": the tab's analysis as one statement for the user's database (src/sql, the statement the command
 * line's `sql` prints), with a dialect chooser, the table name(s) to read, the query in a read-only box and a
 * copy button. Columns come from the roles the user set in the columns step.
 */
export function CopyAsSql({ analyses, tables, settings }: CopyAsSqlProps) {
  const { locale } = useLocale();
  const steps = useStepStyles();
  const styles = useStyles();
  const t = (key: Parameters<typeof copySqlText>[1], values?: Record<string, string>) =>
    copySqlText(locale, key, values);
  const [open, setOpen] = useState(false);
  const [analysis, setAnalysis] = useState<PaneSqlAnalysis>(analyses[0] ?? "rfm");
  const [dialect, setDialect] = useState<SqlDialect>("postgres");
  const [names, setNames] = useState({ lines: "orders", products: "products", traffic: "traffic" });
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const box = useRef<HTMLTextAreaElement>(null);
  const tableFields = TABLES_READ[analysis].filter(
    (which) => which === "lines" || tables[which] !== undefined,
  );
  const outcome = useMemo(() => {
    const reads = TABLES_READ[analysis];
    return copySqlStatement(
      locale,
      analysis,
      dialect,
      {
        lines: { tableName: names.lines, columns: tables.lines },
        ...(reads.includes("products") && tables.products !== undefined
          ? { products: { tableName: names.products, columns: tables.products } }
          : {}),
        ...(reads.includes("traffic") && tables.traffic !== undefined
          ? { traffic: { tableName: names.traffic, columns: tables.traffic } }
          : {}),
      },
      settings,
    );
  }, [locale, analysis, dialect, names, tables, settings]);
  const dialectLabel = (name: SqlDialect) =>
    EXECUTED_SQL_DIALECTS.includes(name)
      ? SQL_DIALECT_TARGETS[name]
      : t("notExecuted", { name: SQL_DIALECT_TARGETS[name] });

  if (!open) {
    return (
      <div className={steps.row}>
        <Button appearance="subtle" onClick={() => setOpen(true)}>
          {t("open")}
        </Button>
      </div>
    );
  }
  return (
    <section className={steps.step} aria-label={t("open")}>
      <Text size={200} className={steps.hint}>
        {t("intro")}
      </Text>
      {analyses.length > 1 && (
        <Field label={t("analysis")}>
          <Select
            className={styles.select}
            value={analysis}
            onChange={(_event, data) => setAnalysis(data.value as PaneSqlAnalysis)}
          >
            {analyses.map((name) => (
              <option key={name} value={name}>
                {t(`analysis.${name}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("dialect")}>
        <Select
          className={styles.select}
          value={dialect}
          onChange={(_event, data) => {
            setDialect(data.value as SqlDialect);
            setCopyState("idle");
          }}
        >
          {SQL_DIALECTS.map((name) => (
            <option key={name} value={name}>
              {dialectLabel(name)}
            </option>
          ))}
        </Select>
      </Field>
      {tableFields.map((which) => (
        <Field key={which} label={t(TABLE_NAME_LABELS[which])}>
          <Input
            value={names[which]}
            onChange={(_event, data) => setNames((current) => ({ ...current, [which]: data.value }))}
          />
        </Field>
      ))}
      {outcome.kind === "problem" ? (
        <Text role="alert" className={styles.problem}>
          {outcome.message}
        </Text>
      ) : (
        <>
          <Field label={t("statement")}>
            <Textarea
              ref={box}
              readOnly
              resize="vertical"
              rows={12}
              value={outcome.sql}
              textarea={{ className: styles.statement, spellCheck: false }}
            />
          </Field>
          <div className={steps.row}>
            <Button
              appearance="primary"
              onClick={() =>
                void copyText(outcome.sql, box.current).then((done) =>
                  setCopyState(done ? "copied" : "failed"),
                )
              }
            >
              {t("copy")}
            </Button>
            <Button appearance="subtle" onClick={() => setOpen(false)}>
              {t("close")}
            </Button>
          </div>
          {copyState !== "idle" && (
            <Text role="status" className={copyState === "failed" ? styles.problem : steps.hint}>
              {t(copyState === "copied" ? "copied" : "copyFailed")}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
