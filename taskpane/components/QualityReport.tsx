import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useLocale } from "../app/locale-context";
import { useFlowText } from "../app/use-flow-text";
import { useStepStyles } from "./styles";

export interface QualityIssueView {
  readonly rule: string;
  readonly label: string;
  readonly count: number;
  readonly example?: { readonly row: number; readonly column: string; readonly value: string };
}

export interface QualityReportProps {
  readonly issues: readonly QualityIssueView[];
  readonly usedRowCount: number;
  readonly totalRowCount: number;
  /** How the cells were read (number styles, day orders), when not plainly. */
  readonly readingNotes?: readonly string[];
}

/** The data-quality report: counts per rule with a first example, and how many rows the analysis uses. */
export function QualityReport({
  issues,
  usedRowCount,
  totalRowCount,
  readingNotes = [],
}: QualityReportProps) {
  const { t } = useLocale();
  const f = useFlowText();
  const styles = useStepStyles();
  // A whole-row finding (a duplicate or ragged line) has no column: "row 5: “…”", not "row 5, : “…”".
  const exampleText = (example: NonNullable<QualityIssueView["example"]>) =>
    example.column === "" ? f("exampleRow", example) : t("exampleText", { ...example });
  return (
    <section className={styles.step} aria-labelledby="quality-heading">
      <Subtitle2 as="h3" id="quality-heading">
        {t("qualityHeading")}
      </Subtitle2>
      <Text weight="semibold" data-testid="rows-used">
        {t("rowsUsed", { used: usedRowCount.toLocaleString(), total: totalRowCount.toLocaleString() })}
      </Text>
      {readingNotes.length > 0 && (
        <ul data-testid="reading-notes" style={{ margin: 0, paddingLeft: 16 }}>
          {readingNotes.map((note) => (
            <li key={note}>
              <Text size={200}>{note}</Text>
            </li>
          ))}
        </ul>
      )}
      {issues.length === 0 ? (
        <Text>{t("qualityClean")}</Text>
      ) : (
        <Table size="extra-small" className={styles.table} aria-labelledby="quality-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("qualityRule")}</TableHeaderCell>
              <TableHeaderCell>{t("qualityCount")}</TableHeaderCell>
              <TableHeaderCell>{t("qualityExample")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {issues.map((issue) => (
              <TableRow key={issue.rule}>
                <TableCell>{issue.label}</TableCell>
                <TableCell>{issue.count.toLocaleString()}</TableCell>
                <TableCell>{issue.example ? exampleText(issue.example) : ""}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
