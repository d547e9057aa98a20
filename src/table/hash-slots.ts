/**
 * The open-addressing table TextRowIndex and TextSpanInterner share: slots of [hash, value + 1] pairs in one
 * Int32Array (value + 1 = 0 marks a free slot), a 32-bit FNV-1a hash with murmur3's finaliser, linear probing.
 */

/**
 * murmur3's finaliser over a 32-bit FNV-1a hash: FNV's low bits, which pick the slot, mix poorly (measured:
 * probes per insert on 1M order lines fell from many to about one).
 *
 * @example finalisedHash(0x811c9dc5) === finalisedHash(0x811c9dc5) // true
 */
export function finalisedHash(fnv: number): number {
  let hash = fnv;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}

/**
 * The slots re-inserted into a table twice the size (each pair moves to its hash's slot in the larger table).
 * Cost: O(slots).
 *
 * @example
 * const slots = Int32Array.of(7, 1, 0, 0);
 * slotsGrown(slots) // Int32Array [0, 0, 0, 0, 0, 0, 7, 1] (hash 7, value 0: 7 & 3 = slot 3 of four)
 */
export function slotsGrown(old: Int32Array): Int32Array {
  const slots = new Int32Array(old.length * 2);
  const mask = (slots.length >> 1) - 1;
  for (let oldSlot = 0; oldSlot < old.length >> 1; oldSlot++) {
    if (old[2 * oldSlot + 1] === 0) continue;
    const hash = old[2 * oldSlot] as number;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = old[2 * oldSlot + 1] as number;
  }
  return slots;
}
