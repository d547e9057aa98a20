import type { RegisteredCommand } from "../command";
import { cohortsCommand } from "./cohorts";
import { cycleCommand } from "./cycle";
import { intakeCommand } from "./intake";
import { paretoCommand } from "./pareto";
import { sensitivityCommand } from "./sensitivity";
import { timingCommand } from "./timing";

/** Every command, in --help order. To add one: write cli/commands/<name>.ts with defineCommand, list it here. */
export const COMMANDS: readonly RegisteredCommand[] = [
  intakeCommand,
  cycleCommand,
  sensitivityCommand,
  timingCommand,
  cohortsCommand,
  paretoCommand,
];

/** The command called `name`, or undefined when there is none. */
export function findCommand(name: string): RegisteredCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
