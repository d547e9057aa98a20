import { Button, Subtitle2, Text } from "@fluentui/react-components";
import { useLocale } from "../app/locale-context";
import type { InputInfo } from "./analysis-input-types";
import { useStepStyles } from "./styles";

export interface InputStepProps {
  readonly input: InputInfo | null;
  readonly busy: boolean;
  readonly onUseSelection: () => void;
  readonly onUseRegion: () => void;
  /** Reads the input's cells again by its address (shown once there is an input). */
  readonly onRefresh: () => void;
}

/** Step 1: which cells to analyse, with their address and shape. */
export function InputStep({ input, busy, onUseSelection, onUseRegion, onRefresh }: InputStepProps) {
  const { t } = useLocale();
  const styles = useStepStyles();
  return (
    <section className={styles.step} aria-labelledby="input-heading">
      <Subtitle2 as="h2" id="input-heading">
        {t("inputHeading")}
      </Subtitle2>
      <Text className={styles.hint}>{t("inputHint")}</Text>
      <div className={styles.row}>
        {/* disabledFocusable, not disabled: a keyboard user keeps focus on the button while it reads. */}
        {/*
         * Once there is an input, the first button re-reads ITS cells (by address, wherever the selection is now:
         * issue 12, item 2), and taking the selection is the next one.
         */}
        <Button
          appearance={input === null ? "primary" : "secondary"}
          disabledFocusable={busy}
          onClick={input === null ? onUseSelection : onRefresh}
        >
          {input === null ? t("useSelection") : t("refresh")}
        </Button>
        {input !== null && (
          <Button appearance="subtle" disabledFocusable={busy} onClick={onUseSelection}>
            {t("useSelection")}
          </Button>
        )}
        <Button appearance="subtle" disabledFocusable={busy} onClick={onUseRegion}>
          {t("useRegion")}
        </Button>
      </div>
      <Text role="status" data-testid="input-shape">
        {input === null
          ? t("noInput")
          : t("inputShape", { address: input.address, rows: input.dataRowCount, columns: input.columnCount })}
      </Text>
    </section>
  );
}
