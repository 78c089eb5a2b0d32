// The worst inputs for the linear-time checks of the scanners (the ratio itself is measured by
// test/timing.ts: time per character on a large input against a small one, in the same run).

/** The worst cases for each scanner: long runs that a backtracking or rescanning reader would pay for. */
export const WORST_CASES: readonly (readonly [string, string])[] = [
  ["digits", "1234567890"],
  ["claims in one endless sentence", "Kazakhstan and China signed 70 agreements worth $15 billion in 2023, "],
  ["attributions and cues", "according to officials said a year earlier bilateral the two countries target "],
  ["names and metric words", "China Україною России 中哈 товарообіг exports 贸易额 "],
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
  ["fractions and groups", "two-thirds of a third of half a dozen dozens of три с половиной десятки "],
  ["month ranges", "4-6月"],
  ["bare decimal points and capital scales", ".5M three thousand million "],
  ["digits in numerals and mixed fractions", "3 hundred and 21 1 million and 2 million 2 1/4 5万4千6百二十几万几十 "],
  ["carets, ratios and fractions of scales", "1.3x10^-6^10^ one out of 3 out of fifty - 3 million and a half million and a half "],
  ["tolerances, loose ratios, en dashes and digits after place words", "5±2±1 ± 3 kg ± one in 1 in every fifty – 3 тысячи 500 3万5万50 "],
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
