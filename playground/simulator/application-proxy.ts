import { ErrorCodes, excelError } from "./errors";
import type { CalculationMode, WorkbookModel } from "./model";
import { SimProxy, type PropertyReaders } from "./proxy";
import type { SimRequestContext } from "./request-context";

const CALCULATION_MODES: readonly CalculationMode[] = ["Automatic", "AutomaticExceptTables", "Manual"];

/** Excel.Application: calculation mode and the suspend-until-next-sync switches, recorded per request. */
export class ApplicationProxy extends SimProxy<WorkbookModel> {
  protected readonly properties: PropertyReaders<WorkbookModel> = {
    calculationMode: (model) => model.calculationMode,
  };

  constructor(context: SimRequestContext) {
    super(context, 1);
  }

  resolve(): WorkbookModel {
    return this.context.state.model;
  }

  /** ExcelApi 1.1 to read, 1.8 to set. */
  get calculationMode(): CalculationMode {
    return this.loaded("calculationMode");
  }
  set calculationMode(mode: CalculationMode) {
    this.queue("Application.calculationMode", mode, 8, (model) => {
      if (!CALCULATION_MODES.includes(mode))
        throw excelError(ErrorCodes.invalidArgument, `Unknown calculation mode "${mode}".`);
      model.calculationMode = mode;
    });
  }

  /** ExcelApi 1.6: suspends calculation until the next sync (performance.md, "Suspend calculation temporarily"). */
  suspendApiCalculationUntilNextSync(): void {
    this.queueEffect(
      "Application.suspendApiCalculationUntilNextSync",
      6,
      (entry) => (entry.calculationSuspended = true),
    );
  }

  /** ExcelApi 1.9: suspends screen updating until the next sync. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queueEffect(
      "Application.suspendScreenUpdatingUntilNextSync",
      9,
      (entry) => (entry.screenUpdatingSuspended = true),
    );
  }

  private queueEffect(
    description: string,
    since: number,
    mark: (entry: { calculationSuspended: boolean; screenUpdatingSuspended: boolean }) => void,
  ): void {
    this.context.enqueue({ description, requestBytes: 0, since, apply: (effects) => mark(effects.entry) });
  }
}
