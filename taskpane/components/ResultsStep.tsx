import { Link, Subtitle2, Text } from "@fluentui/react-components";
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
  return (
    <section className={styles.step} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading">
        {f("stepHeading", { number: stepNumber, title: f("stepResults") })}
      </Subtitle2>
      <Text role="status" data-testid="results-summary">
        {summary}
      </Text>
      {children}
      <ul>
        {sheetNames.map((name) => (
          <li key={name}>
            <Text>{t("writtenSheet", { name })} · </Text>
            <Link as="button" onClick={() => onGoToSheet(name)}>
              {t("goToSheet", { name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
