import { createRandom, xoshiro128StarStar } from "../../../src/cluster/random";
import { coreErrorCode } from "./test-helpers";

describe("xoshiro128StarStar — the reference C implementation's output", () => {
  /*
   * Expected values: Blackman & Vigna's xoshiro128starstar.c (https://prng.di.unimi.it/), next() copied
   * verbatim, compiled with gcc -O2 and run offline from state {1, 2, 3, 4}; outputs 0-9 and 999 printed:
   * 11520 0 5927040 70819200 2031721883 1637235492 1287239034 3734860849 3729100597 4258142804 … 3170714187.
   */
  it("reproduces the first ten outputs and the 1000th from state 1, 2, 3, 4", () => {
    const random = xoshiro128StarStar([1, 2, 3, 4]);
    const outputs = Array.from({ length: 1000 }, () => random.nextUint32());
    expect(outputs.slice(0, 10)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
    expect(outputs[999]).toBe(3170714187);
  });
});

describe("createRandom — seeded streams", () => {
  it("gives the same stream for the same seed and stream index", () => {
    const first = createRandom(42, 3);
    const second = createRandom(42, 3);
    for (let draw = 0; draw < 100; draw++) expect(first.nextUint32()).toBe(second.nextUint32());
  });

  it("gives different streams for different seeds, stream indices and seeds beyond 32 bits", () => {
    const firstWords = [createRandom(1), createRandom(2), createRandom(1, 1), createRandom(2 ** 32 + 1)].map(
      (random) => random.nextUint32(),
    );
    expect(new Set(firstWords).size).toBe(4);
  });

  it("draws floats in [0, 1) and indices in 0..count-1, spread evenly over ten buckets", () => {
    const random = createRandom(7);
    const buckets = new Array<number>(10).fill(0);
    let low = 1;
    let high = 0;
    for (let draw = 0; draw < 20000; draw++) {
      const value = random.nextFloat();
      low = Math.min(low, value);
      high = Math.max(high, value);
      const index = random.nextIndex(10);
      buckets[index] = (buckets[index] as number) + 1;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    expect(buckets.reduce((sum, count) => sum + count)).toBe(20000);
    // 2000 expected per bucket; sd ≈ 42, so ±250 is about 6 sd.
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(250);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53])("rejects the seed %p with SEED_INVALID", (seed) => {
    expect(coreErrorCode(() => createRandom(seed))).toBe("SEED_INVALID");
  });
});
