import type { CoreErrorCode } from "../../../errors";

/**
 * One core error's wording: [en, zh-TW, zh-CN]. Placeholders {value}, {bound}, {column} and {row} (1-based) come
 * from the error's details; a row uses only details that every throw site of its code carries, so a Chinese
 * user never sees a bare placeholder. The English line reads like the core's message; where the core's message
 * holds more values than the details (a row number only in the text), the door shows the core's own message.
 */
export type CoreErrorRow = readonly [en: string, zhTW: string, zhCN: string];

/**
 * The key of a code's wording: the code itself, or `CODE.detailed` for a wording with more values (a row number)
 * that only some throw sites carry; it is used when the details fill all its placeholders, the code's own row
 * otherwise.
 */
export type CoreErrorRowKey = CoreErrorCode | `${CoreErrorCode}.detailed`;

/** An area's rows, keyed by code. */
export type CoreErrorRows = Partial<Readonly<Record<CoreErrorRowKey, CoreErrorRow>>>;
