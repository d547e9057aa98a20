/*
 * Churn risk on CDNOW_master (23,570 members, 69,659 lines; test/fixtures/churn): the whole churnRisk (features
 * at the calibration end, split, logistic fit, tree, the four-feature model, scoring every member with reasons)
 * and the logistic fit alone, wall and CPU time, best of five. Issue 13 asks for the fit to take well under a
 * second. Figures are printed, never asserted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { churnLabels } from "../../src/churn/churn-labels";
import { churnRisk } from "../../src/churn/churn-risk";
import { fitChurnModel } from "../../src/churn/churn-model";
import { memberFeatures } from "../../src/churn/member-features";
import { memberHistory } from "../../src/churn/member-history";
import { holdoutMask } from "../../src/churn/stratified-split";
import { serialFromCivilDate } from "../../src/dates/civil-date";

const file = path.join(__dirname, "../../test/fixtures/churn/CDNOW_master.txt");
const fields = readFileSync(file, "utf8")
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.trim().split(/\s+/))
  .filter((line) => line.length === 4);
const daySerial = (text: string): number =>
  serialFromCivilDate(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
const lines = {
  memberIds: fields.map((line) => line[0] as string),
  dateSerials: fields.map((line) => daySerial(line[1] as string)),
  amounts: fields.map((line) => Number(line[3])),
};
const calibrationEndSerial = serialFromCivilDate(1997, 12, 31);

function best(label: string, run: () => unknown): void {
  let wall = Infinity;
  let cpu = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  console.log(
    `${label.padEnd(44)} ${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms cpu`,
  );
}

const history = memberHistory(lines);
const matrix = memberFeatures(history, calibrationEndSerial);
const labels = churnLabels(history, matrix.members, calibrationEndSerial, 180);
const mask = holdoutMask(labels, 0.3, 0);
const isTraining = (row: number): boolean => mask[row] === 0;
const trainingLabels = labels.filter((_, row) => isTraining(row));
console.log(
  `${history.memberIds.length} members, ${lines.memberIds.length} lines, ${trainingLabels.length} training`,
);
best("logistic fit (standardise + Newton)", () => fitChurnModel(matrix, isTraining, trainingLabels));
best("churnRisk (fit, tree, evaluation, scoring)", () =>
  churnRisk(lines, { calibrationEndSerial, horizonDays: 180 }),
);
