import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLocale } from "../../app/locale-context";
import { useStepStyles } from "../../components/styles";
import type { SegmentSweepResult } from "../../../engine/jobs/segment";
import { ElbowChart } from "./ElbowChart";
import { segmentText } from "./messages";

export interface ElbowStepProps {
  readonly sweep: SegmentSweepResult;
  readonly chosenK: number;
  readonly disabled: boolean;
  readonly onChooseK: (k: number) => void;
  /** Switches the scoring to quantile scores and runs the sweep again (offered when the study's levels misfit). */
  readonly onUseQuantile?: () => void;
  /** The primary action under the choice (write the segments). */
  readonly children?: ReactNode;
}

/** The elbow chart with the knee, the recommendation in words (and any disagreement), and the k to use. */
export function ElbowStep({ sweep, chosenK, disabled, onChooseK, onUseQuantile, children }: ElbowStepProps) {
  const { locale } = useLocale();
  const styles = useStepStyles();
  const s = (key: Parameters<typeof segmentText>[1], values?: Record<string, string | number>) =>
    segmentText(locale, key, values);
  const ks = sweep.elbow.map((point) => point.k);
  const range = { from: ks[0] ?? 1, to: ks[ks.length - 1] ?? 1 };
  return (
    <section className={styles.step} aria-labelledby="elbow-heading">
      <Subtitle2 as="h3" id="elbow-heading">
        {s("elbowHeading")}
      </Subtitle2>
      <ElbowChart
        points={sweep.elbow}
        kneeK={sweep.kneeK}
        chosenK={chosenK}
        label={
          sweep.kneeK === null ? s("elbowAltNoKnee", range) : s("elbowAlt", { ...range, knee: sweep.kneeK })
        }
      />
      <Text weight="semibold" data-testid="recommendation">
        {sweep.summary}
      </Text>
      <ul>
        {sweep.reasons.map((reason) => (
          <li key={reason}>
            <Text size={200}>{reason}</Text>
          </li>
        ))}
      </ul>
      {sweep.scaleNotes.length > 0 && (
        <MessageBar
          intent={sweep.studyMisfit ? "warning" : "info"}
          layout="multiline"
          data-testid="scale-notes"
        >
          <MessageBarBody>
            <MessageBarTitle>{s("scaleHeading")}</MessageBarTitle>
            {sweep.scaleNotes.map((note) => (
              <div key={note}>{note}</div>
            ))}
          </MessageBarBody>
          {sweep.studyMisfit && onUseQuantile !== undefined && (
            <MessageBarActions>
              <Button disabled={disabled} onClick={onUseQuantile}>
                {s("useQuantile")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {sweep.warning !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{sweep.warning}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={s("chooseK")}>
        <Select
          value={String(chosenK)}
          disabled={disabled}
          onChange={(_event, data) => onChooseK(Number(data.value))}
        >
          {ks.map((k) => (
            <option key={k} value={k}>
              {k === sweep.recommendedK ? s("recommendedOption", { k }) : String(k)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>{children}</div>
    </section>
  );
}
