import type { RegisteredCommand } from "../command";
import { bandsCommand } from "./bands";
import { clvCommand } from "./clv";
import { cohortsCommand } from "./cohorts";
import { cycleCommand } from "./cycle";
import { intakeCommand } from "./intake";
import { kmeansCommand } from "./kmeans";
import { paretoCommand } from "./pareto";
import { promoCommand } from "./promo";
import { rfmCommand } from "./rfm";
import { segmentCommand } from "./segment";
import { sensitivityCommand } from "./sensitivity";
import { timingCommand } from "./timing";
import { yoyCommand } from "./yoy";

/** Every command, in --help order. To add one: write cli/commands/<name>.ts with defineCommand, list it here. */
export const COMMANDS: readonly RegisteredCommand[] = [
  intakeCommand,
  rfmCommand,
  segmentCommand,
  kmeansCommand,
  cycleCommand,
  sensitivityCommand,
  timingCommand,
  cohortsCommand,
  paretoCommand,
  clvCommand,
  promoCommand,
  yoyCommand,
  bandsCommand,
];

/** The command called `name`, or undefined when there is none. */
export function findCommand(name: string): RegisteredCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
