/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): a tiny seeded generator, so every visitor of the playground,
 * every user of a tab's sample and every test sees the same sample numbers. Not used by the analytics.
 *
 * @example seededRandom(7)() // the same number in [0, 1) on every machine
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
