import { createRandom } from "../cluster/random";

/**
 * A stratified, seeded holdout: for each label (0 = stayed, then 1 = churned), the members with that label in
 * member order are shuffled by a partial Fisher–Yates with the project's xoshiro128** stream
 * `createRandom(seed, label)` (position i swaps with i + nextIndex(n − i)), and the first
 * k = clamp(⌊share · n + 0.5⌋, 1, n − 1) are held out. Each label keeps at least one member on each side, so
 * it needs at least two members (churnRisk checks). test/fixtures/churn/sklearn_reference.py implements the
 * same rule in Python; the tests hold both to the same split.
 *
 * Cost: O(members).
 *
 * @returns true per member (row) held out
 * @throws CoreError SEED_INVALID
 * @example holdoutMask(Uint8Array.of(0, 0, 0, 1, 1, 1, 1), 0.3, 0).filter(Boolean).length // 2 (1 + 1)
 */
export function holdoutMask(labels: Uint8Array, share: number, seed: number): Uint8Array {
  const mask = new Uint8Array(labels.length);
  for (const label of [0, 1]) {
    const pool: number[] = [];
    labels.forEach((value, row) => {
      if (value === label) pool.push(row);
    });
    const size = pool.length;
    const held = Math.min(size - 1, Math.max(1, Math.floor(share * size + 0.5)));
    const random = createRandom(seed, label);
    for (let index = 0; index < held; index++) {
      const swap = index + random.nextIndex(size - index);
      [pool[index], pool[swap]] = [pool[swap] as number, pool[index] as number];
      mask[pool[index] as number] = 1;
    }
  }
  return mask;
}
