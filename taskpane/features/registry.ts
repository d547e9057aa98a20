import type { ComponentType } from "react";
import type { PaneTextKey } from "../i18n/pane-messages";
import { IntakeView } from "./intake/IntakeView";
import { MembersView } from "./members/MembersView";
import { PromotionView } from "./promotion/PromotionView";
import { SegmentView } from "./segment/SegmentView";

export type FeatureId = "intake" | "segment" | "promotion" | "members";

export interface Feature {
  readonly id: FeatureId;
  readonly tabLabel: PaneTextKey;
  readonly View: ComponentType;
}

/** The pane's analyses, in tab order. */
export const features: readonly Feature[] = [
  { id: "intake", tabLabel: "tabIntake", View: IntakeView },
  { id: "segment", tabLabel: "tabSegment", View: SegmentView },
  { id: "promotion", tabLabel: "tabPromotion", View: PromotionView },
  { id: "members", tabLabel: "tabMembers", View: MembersView },
];
