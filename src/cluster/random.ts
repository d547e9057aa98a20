import { CoreError } from "../errors";

/** A seeded stream of pseudo-random numbers; the same seed and stream give the same numbers on every machine. */
export interface RandomSource {
  /** The next 32-bit unsigned integer, 0..4294967295. */
  nextUint32(): number;
  /** The next double in [0, 1) with 53 random bits. */
  nextFloat(): number;
  /** The next integer in 0..count-1 (count ≤ 2^53). */
  nextIndex(count: number): number;
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
const TWO_POW_32 = 4294967296;

/**
 * A xoshiro128** generator (Blackman & Vigna 2018, https://prng.di.unimi.it/xoshiro128starstar.c) seeded
 * through splitmix32. Only 32-bit integer operations (`Math.imul`, shifts, xor) are used and doubles are
 * built from two whole 32-bit words, so a stream is bit-identical on every JavaScript engine and machine.
 *
 * `streamIndex` selects an independent stream for the same seed (one per k-means restart, so restarts can
 * run in any order or on another worker and still give the same result).
 *
 * Cost: O(1) per number.
 *
 * @param seed a non-negative safe integer
 * @param streamIndex a non-negative safe integer, default 0
 * @throws CoreError SEED_INVALID when the seed or stream index is not a non-negative safe integer
 * @example createRandom(42).nextUint32() // 777643940
 */
export function createRandom(seed: number, streamIndex = 0): RandomSource {
  assertSeed(seed, "seed");
  assertSeed(streamIndex, "stream index");
  let mixed = 0x6a09e667;
  for (const word of [seed % TWO_POW_32, Math.floor(seed / TWO_POW_32), streamIndex % TWO_POW_32]) {
    mixed = splitmix32(mixed ^ word);
  }
  mixed = splitmix32(mixed ^ Math.floor(streamIndex / TWO_POW_32));
  const s0 = splitmix32(mixed);
  const s1 = splitmix32(s0);
  const s2 = splitmix32(s1);
  return xoshiro128StarStar([s0, s1, s2, splitmix32(s2)]);
}

/**
 * xoshiro128** from an explicit 128-bit state (four 32-bit words, not all zero): the generator behind
 * {@link createRandom}, exposed so it can be checked against the reference C implementation's output.
 *
 * Cost: O(1) per number.
 *
 * @example xoshiro128StarStar([1, 2, 3, 4]).nextUint32() // 11520
 */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): RandomSource {
  let [s0, s1, s2, s3] = state.map((word) => word >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const nextUint32 = (): number => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = rotateLeft(s3, 11);
    return result;
  };
  const nextFloat = (): number => ((nextUint32() >>> 5) * TWO_POW_26 + (nextUint32() >>> 6)) / TWO_POW_53;
  const nextIndex = (count: number): number => Math.floor(nextFloat() * count);
  return { nextUint32, nextFloat, nextIndex };
}

function assertSeed(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new CoreError("SEED_INVALID", `The ${what} must be a whole number ≥ 0 (got ${value})`);
  }
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

/** splitmix32 finaliser (a 32-bit variant of Steele, Lea & Flood's SplitMix): one well-mixed word per input. */
function splitmix32(state: number): number {
  let mixed = (state + 0x9e3779b9) | 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x21f0aaad);
  mixed = Math.imul(mixed ^ (mixed >>> 15), 0x735a2d97);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}
