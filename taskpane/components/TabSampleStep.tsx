import { Button, Text } from "@fluentui/react-components";
import { useLocale } from "../app/locale-context";
import { sheetList } from "../i18n/result-sheets-messages";
import { sampleText } from "../i18n/sample-messages";
import { useStepStyles } from "./styles";

export interface TabSampleStepProps {
  /** Sheets the last use of the sample wrote; null before. */
  readonly writtenSheets: readonly string[] | null;
  readonly busy: boolean;
  readonly onUseSample: () => void;
}

/** "Use the sample for this tab": one button under the tab's needed columns, and what it wrote once used. */
export function TabSampleStep({ writtenSheets, busy, onUseSample }: TabSampleStepProps) {
  const { locale } = useLocale();
  const styles = useStepStyles();
  return (
    <div className={styles.row}>
      <Button appearance="secondary" size="small" disabledFocusable={busy} onClick={onUseSample}>
        {sampleText(locale, "useSample")}
      </Button>
      <Text size={200} className={styles.hint} data-testid="sample-note">
        {writtenSheets === null
          ? sampleText(locale, "sampleHint")
          : sampleText(locale, "sampleWritten", { sheets: sheetList(locale, writtenSheets) })}
      </Text>
    </div>
  );
}
