import { finalisedHash, slotsGrown } from "../../../src/table/hash-slots";

describe("hash slots", () => {
  it("finalises with MurmurHash3's fmix32", () => {
    // fmix32(0) = 0 (every step keeps 0); fmix32(1) = 0x514e28b7, as MurmurHash3.cpp's fmix32 gives it.
    expect(finalisedHash(0)).toBe(0);
    expect(finalisedHash(1)).toBe(0x514e28b7 | 0);
  });

  it("moves every pair to its hash's slot in a table twice the size, probing on past taken slots", () => {
    // Two slots, both taken: hashes 5 and 1 (5 & 1 = 1, 1 & 1 = 1 → the second probed into slot 0).
    const old = Int32Array.of(1, 2, 5, 1);
    // Four slots, mask 3: hash 1 → slot 1, hash 5 → slot 1 taken → slot 2.
    expect([...slotsGrown(old)]).toEqual([0, 0, 1, 2, 5, 1, 0, 0]);
  });
});
