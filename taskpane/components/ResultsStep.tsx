import { Link, Subtitle2, Text, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLocale } from "../app/locale-context";
import { useFlowText } from "../app/use-flow-text";
import { useStepStyles } from "./styles";

export interface ResultsStepProps {
  /** A short summary in words. */
  readonly summary: string;
  readonly sheetNames: readonly string[];
  readonly onGoToSheet: (name: string) => void;
  /** The key chart or table, inline. */
  readonly children?: ReactNode;
  /** The step's number in its tab: 4 where the tab has no settings step. @default 5 */
  readonly stepNumber?: number;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.25em", overflowWrap: "anywhere" },
  // Chinese text may break between any two characters; a sheet name (at most 12 characters, tested in
  // test/src/i18n/glossary/catalogs.test.ts) stays on one line so "購買週期" never reads "購買 / 週期".
  sheetName: { whiteSpace: "nowrap" },
});

// Stands for the sheet name in a message, so the name can be set in its own element.
const MARK = "\u0000";

/** The message with the sheet name in a span that does not break: "Go to <span>購買週期</span>". */
function withSheetName(message: string, name: string, className: string): ReactNode {
  const [before = "", ...rest] = message.split(MARK);
  return (
    <>
      {before}
      <span className={className} data-sheet-name="">
        {name}
      </span>
      {rest.join(name)}
    </>
  );
}

/** The results step: what came out, and a link per written sheet that selects it. */
export function ResultsStep({
  summary,
  sheetNames,
  onGoToSheet,
  children,
  stepNumber = 5,
}: ResultsStepProps) {
  const { t } = useLocale();
  const f = useFlowText();
  const styles = useStepStyles();
  const own = useStyles();
  return (
    <section className={styles.step} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading">
        {f("stepHeading", { number: stepNumber, title: f("stepResults") })}
      </Subtitle2>
      <Text role="status" data-testid="results-summary">
        {summary}
      </Text>
      {children}
      <ul className={own.list}>
        {sheetNames.map((name) => (
          <li key={name}>
            <Text>{withSheetName(t("writtenSheet", { name: MARK }), name, own.sheetName)} · </Text>
            <Link as="button" onClick={() => onGoToSheet(name)}>
              {withSheetName(t("goToSheet", { name: MARK }), name, own.sheetName)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
