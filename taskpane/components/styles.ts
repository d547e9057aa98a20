import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout for the pane's steps: a narrow column (about 320–350 px), one primary action per step. */
export const useStepStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground3 },
  table: { width: "100%" },
});
