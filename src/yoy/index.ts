/** Period-over-period comparison: one import for the front doors. */
export * from "./period";
export * from "./period-guard";
export * from "./reconcile";
export * from "./select-lines";
export * from "./serial-date";
export * from "./yoy-against-values";
export * from "./yoy-compare";
export * from "./yoy-from-lines";
export * from "./yoy-summary";
export * from "./resolve-years";
export * from "./yoy-summary-rows";
