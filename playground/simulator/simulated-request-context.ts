import { SimRequestContext } from "./request-context";
import { WorkbookProxy } from "./workbook-proxy";

/** The request context handed to `run`'s batch: `workbook` plus `sync()`. */
export class SimulatedRequestContext extends SimRequestContext {
  readonly workbook: WorkbookProxy = new WorkbookProxy(this);
}
