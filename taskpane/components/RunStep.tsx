import { Button, ProgressBar, Subtitle2, Text } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { useLocale } from "../app/locale-context";
import { useFlowText } from "../app/use-flow-text";
import type { JobProgress } from "../../engine/protocol";
import { progressText } from "./progress-text";
import { useStepStyles } from "./styles";

export interface RunStepProps {
  readonly runLabel: string;
  readonly disabled: boolean;
  readonly running: boolean;
  readonly progress: JobProgress | null;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  readonly children?: ReactNode;
  /** The step's number in its tab: 3 where the tab has no settings step. @default 4 */
  readonly stepNumber?: number;
}

/** The run step: the primary action, then the step in words and a progress bar, with Cancel, while it runs. */
export function RunStep({
  runLabel,
  disabled,
  running,
  progress,
  onRun,
  onCancel,
  children,
  stepNumber = 4,
}: RunStepProps) {
  const { t, locale } = useLocale();
  const f = useFlowText();
  const line = progressText(locale, progress);
  const styles = useStepStyles();
  const runButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current === running) return;
    wasRunning.current = running;
    // Run and Cancel replace each other: when the pressed one goes, focus would fall to <body> and a
    // keyboard user would lose their place, so it moves to the button that took its place.
    const active = document.activeElement;
    if (active === null || active === document.body) (running ? cancelButton : runButton).current?.focus();
  }, [running]);
  return (
    <section className={styles.step} aria-labelledby="run-heading">
      <Subtitle2 as="h2" id="run-heading">
        {f("stepHeading", { number: stepNumber, title: f("stepRun") })}
      </Subtitle2>
      {children}
      {running ? (
        <>
          <Text role="status" data-testid="run-progress">
            {line}
          </Text>
          <ProgressBar
            value={progress?.fraction}
            max={1}
            aria-label={line}
            bar={{ className: styles.progressBar }}
          />
          <div className={styles.row}>
            <Button ref={cancelButton} onClick={onCancel}>
              {t("cancel")}
            </Button>
          </div>
        </>
      ) : (
        <div className={styles.row}>
          <Button ref={runButton} appearance="primary" disabled={disabled} onClick={onRun}>
            {runLabel}
          </Button>
        </div>
      )}
    </section>
  );
}
