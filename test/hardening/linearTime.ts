// Measures whether a text function is linear: time per character on a large input against a small one,
// in the same process and the same test, as a ratio (never a fixed time, which depends on the machine).

/** The worst cases for each scanner: long runs that a backtracking or rescanning reader would pay for. */
export const WORST_CASES: readonly (readonly [string, string])[] = [
  ["digits", "1234567890"],
  ["thousands separators", "1,"],
  ["spaced digits", "1 "],
  ["decimal points", "1."],
  ["exponents", "1e9"],
  ["scale words", "million "],
  ["mixed scale words", "million billion млн млрд тис. 万 亿 bn "],
  ["currency signs", "$"],
  ["currency words", "US$ € тенге доларів "],
  ["bound words", "over "],
  ["multi-word bound words", "more than at least up to понад не менше "],
  ["range words", "between 1 and from 2 to від 3 до "],
  ["CJK numerals", "一"],
  ["CJK numerals with units", "四百一十亿美元第"],
  ["hyphen chains", "2-"],
  ["dash chains", "2–"],
  ["quarters", "Q "],
  ["as of", "as of "],
  ["month names", "January February березня "],
  ["years", "2023 "],
  ["ISO dates", "2023-01-"],
  ["relative periods", "last year this July "],
];

/** `pattern` repeated to exactly `length` characters. */
export const repeatTo = (pattern: string, length: number): string => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

/** Every worst case as one block each, in order, to `length` characters: each run is long at 1 MB. */
export const worstCaseText = (length: number): string => {
  const block = Math.floor(length / WORST_CASES.length);
  let text = "";
  for (const [, pattern] of WORST_CASES) text += `${repeatTo(pattern, block - 1)}\n`;
  return repeatTo(text, length);
};

/**
 * The ratio of time per character on `large` to time per character on `small`. The small text runs in
 * batches a quarter as long as the large one, samples alternate (so a busy machine slows both alike), and
 * the best of `samples` is kept for each, after a warm-up on the small text (the first large sample
 * warms what is left; keeping the best of three discards it).
 */
export const perCharRatio = (fn: (text: string) => unknown, small: string, large: string, samples = 3): number => {
  const batch = Math.max(1, Math.round(large.length / small.length / 4));
  for (let i = 0; i < batch; i++) fn(small);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let s = 0; s < samples; s++) {
    let start = performance.now();
    for (let i = 0; i < batch; i++) fn(small);
    bestSmall = Math.min(bestSmall, (performance.now() - start) / (batch * small.length));
    start = performance.now();
    fn(large);
    bestLarge = Math.min(bestLarge, (performance.now() - start) / large.length);
  }
  return bestLarge / bestSmall;
};
