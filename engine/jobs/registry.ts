import type { Job } from "./context";
import {
  clvBgnbdExpectedJob,
  clvBgnbdFitJob,
  clvGammaGammaFitJob,
  clvSimpleOrdersJob,
} from "./functions-clv";
import { kmeansElbowJob, kmeansLabelsJob } from "./functions-kmeans";
import { cycleStatsJob } from "./functions-member";
import { promoKpisJob } from "./functions-promo";
import { rfmScoreJob } from "./functions-rfm-score";
import { rfmTableJob } from "./functions-rfm-table";
import { intakeJob } from "./intake";
import { membersJob } from "./members";
import { promotionJob } from "./promotion";
import { segmentAssignJob, segmentSweepJob } from "./segment";

/** Every job the engine runs, by kind. A feature adds its job here. */
export const jobs = {
  intake: intakeJob,
  members: membersJob,
  promotion: promotionJob,
  segmentSweep: segmentSweepJob,
  segmentAssign: segmentAssignJob,
  kmeansLabels: kmeansLabelsJob,
  kmeansElbow: kmeansElbowJob,
  clvBgnbdFit: clvBgnbdFitJob,
  clvGammaGammaFit: clvGammaGammaFitJob,
  clvBgnbdExpected: clvBgnbdExpectedJob,
  rfmTable: rfmTableJob,
  rfmScore: rfmScoreJob,
  cycleStats: cycleStatsJob,
  clvSimpleOrders: clvSimpleOrdersJob,
  promoKpis: promoKpisJob,
} satisfies Record<string, Job<never, unknown>>;

type JobsMap = typeof jobs;

export type JobKinds = {
  [K in keyof JobsMap]: {
    request: Parameters<JobsMap[K]>[0];
    result: Awaited<ReturnType<JobsMap[K]>>;
  };
};
