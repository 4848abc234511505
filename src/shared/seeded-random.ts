// A small seeded random generator (mulberry32): the same seed gives the same numbers on every machine. For the demo
// council's generated content and for tests and benchmarks whose failing runs must be repeatable; never for anything
// secret (ids and tokens come from the platform's crypto).

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
