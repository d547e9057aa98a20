import { CoreError } from "../errors";
import { isoFromExcelSerial } from "../table/excel-serial";
import type { MemberHistory } from "./member-history";

/**
 * The calibration end day (default: the last date − horizon), checked against the data.
 *
 * @throws CoreError CHURN_HORIZON_PAST_DATA, NO_CUSTOMERS_BEFORE_END (details: ISO dates)
 */
export function checkedCalibrationEnd(
  history: MemberHistory,
  calibrationEndSerial: number | undefined,
  horizonDays: number,
): number {
  const calibrationEndDay =
    calibrationEndSerial === undefined ? history.lastDay - horizonDays : Math.floor(calibrationEndSerial);
  if (calibrationEndDay + horizonDays > history.lastDay) {
    throw new CoreError(
      "CHURN_HORIZON_PAST_DATA",
      `The ${horizonDays}-day horizon after the calibration end ${isoFromExcelSerial(calibrationEndDay)} runs to ${isoFromExcelSerial(calibrationEndDay + horizonDays)}, past the last order date ${isoFromExcelSerial(history.lastDay)}`,
      {
        argument: "horizonDays",
        value: isoFromExcelSerial(calibrationEndDay + horizonDays),
        bound: isoFromExcelSerial(history.lastDay),
      },
    );
  }
  if (calibrationEndDay < history.firstDay) {
    throw new CoreError(
      "NO_CUSTOMERS_BEFORE_END",
      `At least one purchase on or before the calibration end ${isoFromExcelSerial(calibrationEndDay)} is needed (the first is on ${isoFromExcelSerial(history.firstDay)})`,
      {
        argument: "calibrationEnd",
        value: isoFromExcelSerial(calibrationEndDay),
        bound: isoFromExcelSerial(history.firstDay),
      },
    );
  }
  return calibrationEndDay;
}

/**
 * The number of churned members, checked: both labels present, each with at least two members.
 *
 * @throws CoreError CHURN_NO_CHURNERS, CHURN_NO_SURVIVORS, CHURN_TOO_FEW_MEMBERS
 */
export function checkedChurnCount(labels: Uint8Array): number {
  const churned = labels.reduce((sum, label) => sum + label, 0);
  const stayed = labels.length - churned;
  if (churned === 0) {
    throw new CoreError(
      "CHURN_NO_CHURNERS",
      `All ${labels.length} members bought again within the horizon, so there is no churn to learn from`,
      { argument: "churned", value: 0 },
    );
  }
  if (stayed === 0) {
    throw new CoreError(
      "CHURN_NO_SURVIVORS",
      `None of the ${labels.length} members bought again within the horizon, so there is nothing to tell churn from`,
      { argument: "stayed", value: 0 },
    );
  }
  for (const [argument, count] of [
    ["churned", churned],
    ["stayed", stayed],
  ] as const) {
    if (count < 2) {
      throw new CoreError(
        "CHURN_TOO_FEW_MEMBERS",
        `At least 2 ${argument} members are needed to hold one out for the evaluation (got ${count})`,
        { argument, value: count, bound: 2 },
      );
    }
  }
  return churned;
}
