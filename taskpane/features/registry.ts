import type { ComponentType } from "react";
import type { PaneTextKey } from "../i18n/pane-messages";
import { IntakeView } from "./intake/IntakeView";

export type FeatureId = "intake" | "segment" | "promotion" | "members";

export interface Feature {
  readonly id: FeatureId;
  readonly tabLabel: PaneTextKey;
  readonly View: ComponentType;
}

/** The pane's analyses, in tab order. */
export const features: readonly Feature[] = [{ id: "intake", tabLabel: "tabIntake", View: IntakeView }];
