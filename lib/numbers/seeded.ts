// A small seeded generator (mulberry32): the same seed gives the same
// sequence of numbers in [0, 1). For what must come out the same on every
// run: the demo's illustrative story (prisma/seed/continuation.ts), the
// benchmark's tenants (tests/bench/tenants.ts) and a replayable order of
// the integration files (tests/support/file-order.ts). Never for secrets.
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
