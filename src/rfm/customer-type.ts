import { CoreError } from "../errors";
import { meanOf } from "./mean";

/** The member study's eight customer types; the index of a type is its code in per-member Uint8Arrays. */
export const CUSTOMER_TYPES = [
  "importantValue",
  "importantWinBack",
  "importantDevelop",
  "importantRetain",
  "potential",
  "new",
  "generalMaintain",
  "churned",
] as const;

export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/**
 * The classic RFM eight-type table (R high = recent; F, M high = above average), with the study's names:
 *
 * | recent | orders > avg | amount > avg | type                                  |
 * |--------|--------------|--------------|---------------------------------------|
 * | yes    | yes          | yes          | importantValue   重要價值客戶          |
 * | no     | yes          | yes          | importantWinBack 重要喚回客戶          |
 * | yes    | no           | yes          | importantDevelop 重要深耕客戶          |
 * | no     | no           | yes          | importantRetain  重要挽留客戶          |
 * | yes    | yes          | no           | potential        潛力客戶              |
 * | yes    | no           | no           | new              新客戶                |
 * | no     | yes          | no           | generalMaintain  一般維持客戶          |
 * | no     | no           | no           | churned          流失客戶              |
 *
 * Indexed by recent·4 + frequent·2 + bigSpender.
 */
const TYPE_BY_FLAGS: readonly CustomerType[] = [
  "churned", // not recent, not frequent, not big spender
  "importantRetain", // not recent, not frequent, big spender
  "generalMaintain", // not recent, frequent, not big spender
  "importantWinBack", // not recent, frequent, big spender
  "new", // recent, not frequent, not big spender
  "importantDevelop", // recent, not frequent, big spender
  "potential", // recent, frequent, not big spender
  "importantValue", // recent, frequent, big spender
];

/**
 * The study's customer type from three yes/no answers (see the table above).
 *
 * Cost: O(1).
 *
 * @example customerTypeOf(false, true, true) // "importantWinBack"
 */
export function customerTypeOf(
  recent: boolean,
  ordersAboveAverage: boolean,
  amountAboveAverage: boolean,
): CustomerType {
  return TYPE_BY_FLAGS[
    (recent ? 4 : 0) + (ordersAboveAverage ? 2 : 0) + (amountAboveAverage ? 1 : 0)
  ] as CustomerType;
}

/** Per-member customer types and the averages they were compared with. */
export interface CustomerTypeAssignment {
  /** Index into {@link CUSTOMER_TYPES} per member. */
  readonly codes: Uint8Array;
  /** Mean frequency over all members; "above average" means strictly more. */
  readonly averageFrequency: number;
  /** Mean monetary over all members; "above average" means strictly more. */
  readonly averageMonetary: number;
}

/**
 * Customer type of each member: its recency flag × its frequency vs the mean over all members × its monetary vs
 * that mean. "Above average" is strictly greater (a member exactly at the mean is not above it).
 *
 * Cost: O(n).
 *
 * @throws CoreError NO_MEMBERS, COLUMN_LENGTH_MISMATCH
 * @example customerTypes({ frequency: [5, 1], monetary: [900, 100] }, Uint8Array.of(1, 1)).codes // Uint8Array [0, 5]
 */
export function customerTypes(
  members: { readonly frequency: ArrayLike<number>; readonly monetary: ArrayLike<number> },
  recent: ArrayLike<number>,
): CustomerTypeAssignment {
  const count = members.frequency.length;
  if (count === 0) throw new CoreError("NO_MEMBERS", "At least one member is needed");
  if (members.monetary.length !== count || recent.length !== count) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      "The order counts, sales and recent flags differ in length: one per member is needed",
    );
  }
  const averageFrequency = meanOf(members.frequency);
  const averageMonetary = meanOf(members.monetary);
  const codes = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const type = customerTypeOf(
      recent[index] === 1,
      (members.frequency[index] as number) > averageFrequency,
      (members.monetary[index] as number) > averageMonetary,
    );
    codes[index] = CUSTOMER_TYPES.indexOf(type);
  }
  return { codes, averageFrequency, averageMonetary };
}
