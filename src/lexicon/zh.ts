import type { Lexicon, PeriodWords, QuantityWords } from "./types.js";

// ---------------------------------------------------------------------------------------------------
// Period words (months, seasons, relative phrases)
// ---------------------------------------------------------------------------------------------------

const period: PeriodWords = {
  months: [
    ["一月"],
    ["二月"],
    ["三月"],
    ["四月"],
    ["五月"],
    ["六月"],
    ["七月"],
    ["八月"],
    ["九月"],
    ["十月"],
    ["十一月"],
    ["十二月"],
  ],
  seasons: {
    spring: ["春季", "春天"],
    summer: ["夏季", "夏天"],
    autumn: ["秋季", "秋天"],
    winter: ["冬季", "冬天"],
  },
  bareNamesNeedCue: false,
  ordinals: [
    ["一", "1"],
    ["二", "2"],
    ["三", "3"],
    ["四", "4"],
  ],
  ordinalSuffixes: [],
  quarterWords: ["季度", "季"],
  halfWords: [],
  halfPhrases: [["上半年"], ["下半年"]],
  yearSuffixes: ["年", "年度"],
  monthSuffixes: ["月", "月份"],
  daySuffixes: ["日", "号"],
  articles: ["第"],
  ofWords: [],
  unitWords: { year: [], quarter: [], month: [], week: [] },
  modifiers: { last: [], this: [], next: [] },
  relativePhrases: [
    { text: "前年", unit: "year", offset: -2 },
    { text: "去年", unit: "year", offset: -1 },
    { text: "今年", unit: "year", offset: 0 },
    { text: "明年", unit: "year", offset: 1 },
    { text: "上季度", unit: "quarter", offset: -1 },
    { text: "上个季度", unit: "quarter", offset: -1 },
    { text: "本季度", unit: "quarter", offset: 0 },
    { text: "下季度", unit: "quarter", offset: 1 },
    { text: "下个季度", unit: "quarter", offset: 1 },
    { text: "上个月", unit: "month", offset: -1 },
    { text: "上月", unit: "month", offset: -1 },
    { text: "本月", unit: "month", offset: 0 },
    { text: "这个月", unit: "month", offset: 0 },
    { text: "下个月", unit: "month", offset: 1 },
    { text: "下月", unit: "month", offset: 1 },
    { text: "上周", unit: "week", offset: -1 },
    { text: "本周", unit: "week", offset: 0 },
    { text: "这周", unit: "week", offset: 0 },
    { text: "下周", unit: "week", offset: 1 },
  ],
  prepositions: ["在", "于"],
  asOf: ["截至", "截止", "截止到", "截至到"],
  endOf: [],
  startOf: [],
  vague: [],
  since: ["自", "自从"],
  sinceSuffixes: ["以来"],
  // "年中" (mid-year) is left out: "2023年中国…" is "China in 2023", not "mid-2023".
  endSuffixes: ["底", "末"],
  vagueSuffixes: ["初"],
  rangeStarts: ["从"],
  rangeJoiners: ["到", "至", "-"],
  fiscalYear: [],
};

// ---------------------------------------------------------------------------------------------------
// Quantity words (numbers, scales, currencies, units, bound words, ordinals)
// ---------------------------------------------------------------------------------------------------

const quantity: QuantityWords = {};

// ---------------------------------------------------------------------------------------------------

/** The zh lexicon. */
export const zh: Lexicon = Object.freeze({ lang: "zh", quantity, period });
