import { createContext, useContext } from "react";
import type { WorkbookPort } from "../excel/workbook-port";
import type { Engine } from "../../engine/protocol";

/** What features get for I/O: the workbook port and the engine. Components never touch Excel directly. */
export interface Services {
  readonly port: WorkbookPort;
  readonly engine: Engine;
  /** Engine version written into every run record. */
  readonly engineVersion: string;
  readonly now: () => Date;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error("useServices needs a ServicesContext provider");
  return services;
}
