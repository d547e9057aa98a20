import type { CoreErrorCode } from "../../../errors";

/**
 * One core error's wording: [en, zh-TW, zh-CN]. Placeholders {value}, {bound}, {column} and {row} (1-based) come
 * from the error's details; a row uses only details that every throw site of its code carries, so a Chinese
 * user never sees a bare placeholder. The English line reads like the core's message; where the core's message
 * holds more values than the details (a row number only in the text), the door shows the core's own message.
 */
export type CoreErrorRow = readonly [en: string, zhTW: string, zhCN: string];

/** An area's rows, keyed by code. */
export type CoreErrorRows = Partial<Readonly<Record<CoreErrorCode, CoreErrorRow>>>;
