import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useFlowText } from "../app/use-flow-text";

export interface AddInSheetNoteProps {
  /** The add-in's sheet the selection is on. */
  readonly sheetName: string;
  /** The input in use, if any: the note offers to keep it. */
  readonly currentAddress: string | null;
  readonly onKeep: () => void;
  readonly onUseAnyway: () => void;
}

/**
 * Asked before a range on one of the add-in's own result sheets becomes the input (issue 12, item 8): after Data
 * check writes and shows its sheet, "Use current selection" would otherwise read that sheet.
 */
export function AddInSheetNote({ sheetName, currentAddress, onKeep, onUseAnyway }: AddInSheetNoteProps) {
  const f = useFlowText();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="addin-sheet-note">
      <MessageBarBody>
        {f("addInSheet", { sheet: sheetName })}{" "}
        {currentAddress === null ? f("selectDataHint") : f("keepInputQuestion", { address: currentAddress })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onKeep}>
          {currentAddress === null ? f("dismiss") : f("keepInput")}
        </Button>
        <Button onClick={onUseAnyway}>{f("useAnyway", { sheet: sheetName })}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
