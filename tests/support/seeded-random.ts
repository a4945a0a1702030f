// One seeded PRNG for every test that needs reproducible randomness (fuzzing, property tests):
// the same seed gives the same inputs, so a failure reproduces.

export type Random = () => number;

/** mulberry32: small, fast, deterministic; floats in [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
