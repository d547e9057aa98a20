/**
 * Numbers the orders of order lines: one number per (member, order id) pair, 0, 1, 2, … in order of first
 * appearance, and a new number for every line without an order id (the line is its own order).
 *
 * An order id almost always belongs to one member, so the id alone is the key and the member who first had it
 * is kept in a typed array; only an id that a second member also uses falls back to a key of member and id.
 * The earlier key of member and id on every line built a string per order: 524,000 strings at 1M lines, a
 * third of churn's memory growth there and tens of megabytes of every member analysis's (issue 14).
 */
export class MemberOrders {
  private readonly byId = new Map<string, number>();
  /** First member, and number, of each order id in `byId`'s numbering. */
  private readonly memberOfId: Int32Array;
  private readonly numberOfId: Int32Array;
  /** Orders of ids that a second (third, …) member also uses, keyed by member and id. */
  private readonly shared = new Map<string, number>();
  private orderCount = 0;

  /** @param lineCount the number of lines: an upper bound of the distinct ids */
  constructor(lineCount: number) {
    this.memberOfId = new Int32Array(Math.max(lineCount, 1));
    this.numberOfId = new Int32Array(Math.max(lineCount, 1));
  }

  /** How many orders have been numbered. */
  get count(): number {
    return this.orderCount;
  }

  /**
   * The number of a member's order; null for a line without an order id, which is an order of its own.
   *
   * @example
   * const orders = new MemberOrders(4);
   * [orders.numberOf(0, "A"), orders.numberOf(1, "A"), orders.numberOf(0, null), orders.numberOf(0, "A")] // [0, 1, 2, 0]
   */
  numberOf(member: number, orderId: string | null): number {
    if (orderId === null) return this.orderCount++;
    const id = this.byId.get(orderId);
    if (id === undefined) {
      const newId = this.byId.size;
      this.byId.set(orderId, newId);
      this.memberOfId[newId] = member;
      this.numberOfId[newId] = this.orderCount;
      return this.orderCount++;
    }
    if (this.memberOfId[id] === member) return this.numberOfId[id] as number;
    const key = `${member}\u0000${orderId}`;
    let order = this.shared.get(key);
    if (order === undefined) this.shared.set(key, (order = this.orderCount++));
    return order;
  }
}
