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

// Every word that names one thing: `each({ unit: "USD" }, ["美元", "美金"])`.
const each = <V>(value: V, words: readonly string[]): Record<string, V> => Object.fromEntries(words.map((w) => [w, value]));

const quantity: QuantityWords = {
  numbers: {
    ...each("0", ["零", "〇", "○"]),
    ...each("1", ["一", "壹", "幺"]),
    ...each("2", ["二", "贰", "貳", "两", "兩"]),
    ...each("3", ["三", "叁", "參"]),
    ...each("4", ["四", "肆"]),
    ...each("5", ["五", "伍"]),
    ...each("6", ["六", "陆", "陸"]),
    ...each("7", ["七", "柒"]),
    ...each("8", ["八", "捌"]),
    ...each("9", ["九", "玖"]),
  },
  multipliers: { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 },
  // "3千" and "1.5万" put scale words straight after digits; 百万, 千万, 万亿 are single scale words.
  scales: {
    百: 2, 千: 3, 万: 4, 萬: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 億: 8, 十亿: 9, 百亿: 10, 千亿: 11, 万亿: 12, 萬億: 12,
  },
  multiples: { 翻番: "2", 翻一番: "2", 翻两番: "4", 翻三番: "8" },
  ordinalPrefixes: ["第"],
  decimalPoints: ["点", "點"],
  positionalDigits: true,
  bareMultipliers: true,
  currencyPrefixes: {
    ...each({ unit: "CNY" }, ["人民币", "人民幣"]),
    ...each({ unit: "USD" }, ["美元"]),
  },
  currencySuffixes: {
    ...each({ unit: "USD" }, ["美元", "美金", "元美金"]),
    ...each({ unit: "CNY" }, ["元", "圆", "块", "块钱", "人民币", "人民幣", "元人民币"]),
    ...each({ unit: "EUR" }, ["欧元", "歐元"]),
    ...each({ unit: "GBP" }, ["英镑", "英鎊"]),
    ...each({ unit: "JPY" }, ["日元", "日圆", "日圓"]),
    ...each({ unit: "RUB" }, ["卢布", "盧布"]),
    ...each({ unit: "KZT" }, ["坚戈", "哈萨克斯坦坚戈", "腾格"]),
    ...each({ unit: "HKD" }, ["港元", "港币", "港幣"]),
    ...each({ unit: "AUD" }, ["澳元", "澳币"]),
    ...each({ unit: "CAD" }, ["加元", "加币"]),
    ...each({ unit: "SGD" }, ["新加坡元", "新元"]),
    ...each({ unit: "KRW" }, ["韩元", "韓元"]),
    ...each({ unit: "TWD" }, ["新台币", "新台幣", "台币"]),
    ...each({ unit: "CHF" }, ["瑞士法郎", "瑞郎"]),
    ...each({ unit: "UAH" }, ["格里夫纳"]),
    ...each({ unit: "INR" }, ["卢比"]),
    ...each({ unit: "TRY" }, ["里拉"]),
  },
  unitSuffixes: {
    ...each({ unit: "t" }, ["吨", "噸", "公吨"]),
    ...each({ unit: "kg" }, ["公斤", "千克"]),
    ...each({ unit: "g" }, ["克"]),
    ...each({ unit: "km" }, ["公里", "千米"]),
    ...each({ unit: "m" }, ["米", "公尺"]),
    ...each({ unit: "cm" }, ["厘米", "公分"]),
    ...each({ unit: "mm" }, ["毫米"]),
    ...each({ unit: "mi" }, ["英里"]),
    ...each({ unit: "km2" }, ["平方公里", "平方千米"]),
    ...each({ unit: "m2" }, ["平方米"]),
    ...each({ unit: "ha" }, ["公顷"]),
    ...each({ unit: "l" }, ["升", "公升"]),
    ...each({ unit: "m3" }, ["立方米"]),
    ...each({ unit: "bbl" }, ["桶"]),
    ...each({ unit: "kWh" }, ["千瓦时", "度电"]),
    ...each({ unit: "kW" }, ["千瓦"]),
    ...each({ unit: "MW" }, ["兆瓦"]),
    ...each({ unit: "GW" }, ["吉瓦"]),
    ...each({ unit: "x" }, ["倍"]),
    ...each({ unit: "pp" }, ["个百分点", "個百分點", "百分点"]),
  },
  unitPrefixes: { 百分之: { unit: "%" } },
  boundPrefixes: {
    ...each("moreThan" as const, ["超过", "超過", "逾", "超", "多于", "高于", "大于", "突破"]),
    ...each("atLeast" as const, ["至少", "不少于", "不低于", "起码"]),
    ...each("atMost" as const, ["最多", "不超过", "不高于", "至多", "最高"]),
    ...each("lessThan" as const, ["不到", "不足", "少于", "低于", "小于"]),
    ...each("about" as const, ["约", "約", "大约", "大約", "大概", "约合"]),
    ...each("almost" as const, ["近", "将近", "將近", "接近", "几乎"]),
  },
  boundSuffixes: {
    ...each("moreThan" as const, ["多", "余", "餘", "有余"]),
    ...each("atLeast" as const, ["以上"]),
    ...each("atMost" as const, ["以下", "以内"]),
    ...each("about" as const, ["左右", "上下"]),
  },
  rangeSeparators: ["至", "到", "－"],
  rangeOpeners: { 从: ["到", "至"] },
  nounStops: ["的", "和", "与", "及", "在", "是", "了", "将", "于", "为", "年", "月", "日", "号", "中", "从", "到", "至", "共", "总", "价值", "金额"],
};

// ---------------------------------------------------------------------------------------------------

/** The zh lexicon. */
export const zh: Lexicon = Object.freeze({ lang: "zh", quantity, period });
