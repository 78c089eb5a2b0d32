/**
 * Linear-time checks as ratios measured in the same run (no absolute thresholds): the time per unit
 * (a character, a claim) on a large input over that on a small one. Measurements alternate between the
 * two sizes and keep each one's best, so a burst of load from other processes skews neither side.
 */
export const perUnitRatio = <T>(run: (input: T) => unknown, small: T, large: T, size: (input: T) => number, rounds = 5): number => {
  const reps = Math.max(1, Math.round(size(large) / size(small) / 4));
  for (let i = 0; i < reps; i++) run(small); // warm up the JIT
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    for (let i = 0; i < reps; i++) run(small);
    bestSmall = Math.min(bestSmall, (performance.now() - start) / (reps * size(small)));
    start = performance.now();
    run(large);
    bestLarge = Math.min(bestLarge, (performance.now() - start) / size(large));
  }
  return bestLarge / bestSmall;
};

/** {@link perUnitRatio} per character of text. */
export const perCharRatio = (run: (text: string) => unknown, small: string, large: string, rounds = 5): number =>
  perUnitRatio(run, small, large, (text) => text.length, rounds);
