import { Link, Subtitle2, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLocale } from "../app/locale-context";
import { useStepStyles } from "./styles";

export interface ResultsStepProps {
  /** A short summary in words. */
  readonly summary: string;
  readonly sheetNames: readonly string[];
  readonly onGoToSheet: (name: string) => void;
  /** The key chart or table, inline. */
  readonly children?: ReactNode;
}

/** Step 5: what came out, and a link per written sheet that selects it. */
export function ResultsStep({ summary, sheetNames, onGoToSheet, children }: ResultsStepProps) {
  const { t } = useLocale();
  const styles = useStepStyles();
  return (
    <section className={styles.step} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading">
        {t("resultsHeading")}
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
