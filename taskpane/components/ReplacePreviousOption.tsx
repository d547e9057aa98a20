import { Checkbox, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useLocale } from "../app/locale-context";
import { resultSheetsText, sheetList } from "../i18n/result-sheets-messages";

export interface ReplacePreviousOptionProps {
  /** The previous run's sheets that a rerun can replace; none hides the option. */
  readonly sheetNames: readonly string[];
  readonly replace: boolean;
  readonly disabled: boolean;
  readonly onChange: (replace: boolean) => void;
}

const useStyles = makeStyles({
  // A whole line also in a wrapping row of actions (the Segment tab's), above its button.
  root: { width: "100%" },
  // Sheet names can be long and unbroken (31 characters); the pane is about 320 px wide.
  // Indented under the label, past the check box.
  hint: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
    marginBlock: 0,
    paddingInlineStart: "36px",
  },
});

/**
 * In a feature's run step, once the feature has run in this workbook: replace that run's sheets in place (so
 * formulas that read them show the new result) or write new sheets beside them. The hint names the sheets.
 */
export function ReplacePreviousOption({
  sheetNames,
  replace,
  disabled,
  onChange,
}: ReplacePreviousOptionProps) {
  const { locale } = useLocale();
  const styles = useStyles();
  const hintId = useId("replace-hint");
  if (sheetNames.length === 0) return null;
  const sheets = sheetList(locale, sheetNames);
  return (
    <div className={styles.root}>
      <Checkbox
        checked={replace}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.checked === true)}
        label={resultSheetsText(locale, "replaceOption")}
        aria-describedby={hintId}
      />
      <Text as="p" size={200} block id={hintId} className={styles.hint} data-testid="replace-hint">
        {resultSheetsText(locale, replace ? "replaceOn" : "replaceOff", { sheets })}
      </Text>
    </div>
  );
}
