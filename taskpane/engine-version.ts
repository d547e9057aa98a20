/** Written into every run record so a result can be traced to the engine that computed it. */
export const ENGINE_VERSION = "excel-commerce-analytics 0.1.0";
