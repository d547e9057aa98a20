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
  /**
   * The progress bar's moving part on a compositor layer of its own. Why: its indeterminate slide (Fluent's
   * ProgressBarIndeterminateMotion, a `translate` animation) was otherwise repainted on the page's thread every
   * frame, and each such paint redrew the whole page with the workbook beside the pane: tasks of 45-60 ms for as
   * long as a job ran (issue 14, measured in the playground with a Chromium trace).
   */
  progressBar: { willChange: "transform" },
});
