import { Button, Text } from "@fluentui/react-components";
import { useLocale } from "../app/locale-context";
import { sampleText } from "../i18n/sample-messages";
import { useStepStyles } from "./styles";

export interface OwnInputNoteProps {
  /** The tab's own input. */
  readonly address: string;
  /** The other tabs' input; null when they have none. */
  readonly sharedAddress: string | null;
  readonly busy: boolean;
  readonly onUseShared: () => void;
}

/**
 * Says plainly that this tab reads an input of its own (the promotion study's lines) while the other tabs keep
 * theirs, and offers the way back to the shared one.
 */
export function OwnInputNote({ address, sharedAddress, busy, onUseShared }: OwnInputNoteProps) {
  const { locale } = useLocale();
  const styles = useStepStyles();
  return (
    <div className={styles.row} data-testid="own-input-note">
      <Text>
        {sharedAddress === null
          ? sampleText(locale, "ownInputNoShared", { address })
          : sampleText(locale, "ownInput", { address, shared: sharedAddress })}
      </Text>
      {sharedAddress !== null && (
        <Button appearance="subtle" size="small" disabledFocusable={busy} onClick={onUseShared}>
          {sampleText(locale, "useShared")}
        </Button>
      )}
    </div>
  );
}
