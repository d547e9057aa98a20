/** Per-order sums of one member's lines, without a Map per member (23,570 CDNOW members in milliseconds). */
export class OrderScratch {
  private readonly sums: Float64Array;
  private readonly coupon: Uint8Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;
  private size = 0;

  constructor(orderCount: number) {
    this.sums = new Float64Array(orderCount);
    this.coupon = new Uint8Array(orderCount);
    this.seen = new Uint8Array(orderCount);
    this.touched = new Int32Array(orderCount);
  }

  reset(): void {
    for (let index = 0; index < this.size; index++) {
      const order = this.touched[index] as number;
      this.sums[order] = 0;
      this.coupon[order] = 0;
      this.seen[order] = 0;
    }
    this.size = 0;
  }

  add(order: number, amount: number, withCoupon: boolean): void {
    if (this.seen[order] === 0) {
      this.seen[order] = 1;
      this.touched[this.size++] = order;
    }
    this.sums[order] = (this.sums[order] as number) + amount;
    if (withCoupon) this.coupon[order] = 1;
  }

  /** The member's orders so far. */
  count(): number {
    return this.size;
  }

  /** Σ (order value − mean)² (population variance × orders, two-pass as numpy's std). */
  squares(mean: number): number {
    let squares = 0;
    for (let index = 0; index < this.size; index++) {
      squares += ((this.sums[this.touched[index] as number] as number) - mean) ** 2;
    }
    return squares;
  }

  couponOrders(): number {
    let count = 0;
    for (let index = 0; index < this.size; index++)
      count += this.coupon[this.touched[index] as number] as number;
    return count;
  }
}
