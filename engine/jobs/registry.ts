import { churnJob } from "./churn";
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
import { rfmCustomersJob } from "./functions-rfm-customers";
import { rfmTableJob } from "./functions-rfm-table";
import { intakeJob } from "./intake";
import { membersJob } from "./members";
import { profileJob, profileSpillJob } from "./profile";
import { promotionJob } from "./promotion";
import { segmentAssignJob, segmentSweepJob } from "./segment";

/** Every job the engine runs, by kind. A feature adds its job here. */
export const jobs = {
  intake: intakeJob,
  members: membersJob,
  churn: churnJob,
  promotion: promotionJob,
  segmentSweep: segmentSweepJob,
  segmentAssign: segmentAssignJob,
  kmeansLabels: kmeansLabelsJob,
  kmeansElbow: kmeansElbowJob,
  clvBgnbdFit: clvBgnbdFitJob,
  clvGammaGammaFit: clvGammaGammaFitJob,
  clvBgnbdExpected: clvBgnbdExpectedJob,
  rfmTable: rfmTableJob,
  rfmCustomers: rfmCustomersJob,
  memberProfile: profileJob,
  memberProfileSpill: profileSpillJob,
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
