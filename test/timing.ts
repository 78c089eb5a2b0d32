/**
 * Linear-time checks as ratios measured in the same run (no absolute thresholds): the time per
 * character on a large input over that on a small one. Measurements alternate between the two sizes
 * and keep each one's best, so a burst of load from other processes skews neither side.
 */
export const perCharRatio = (run: (text: string) => unknown, small: string, large: string, rounds = 5): number => {
  const reps = Math.max(1, Math.round(large.length / small.length / 4));
  for (let i = 0; i < reps; i++) run(small); // warm up the JIT
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    for (let i = 0; i < reps; i++) run(small);
    bestSmall = Math.min(bestSmall, (performance.now() - start) / (reps * small.length));
    start = performance.now();
    run(large);
    bestLarge = Math.min(bestLarge, (performance.now() - start) / large.length);
  }
  return bestLarge / bestSmall;
};
