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
  firstWords: ["前"],
  monthsWords: ["个月", "個月"],
  quartersWords: ["季度", "个季度", "個季度"],
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
  fiscalYear: ["财年", "财政年度", "会计年度", "市场年度", "作物年度"],
};

// ---------------------------------------------------------------------------------------------------
// Quantity words (numbers, scales, currencies, units, bound words, ordinals)
// ---------------------------------------------------------------------------------------------------

// Every word that names one thing: `each({ unit: "USD" }, ["美元", "美金"])`.
const each = <V>(value: V, words: readonly string[]): Record<string, V> => Object.fromEntries(words.map((w) => [w, value]));

/** The quantity words alone, which the quantity readers compile without the period words. @internal */
export const quantity: QuantityWords = /* @__PURE__ */ (() => ({
  numbers: {
    ...each("0", ["零", "〇", "○"]),
    ...each("1", ["一", "壹", "幺"]),
    ...each("2", ["二", "贰", "貳", "两", "兩"]),
    ...each("3", ["三", "叁", "參"]),
    ...each("4", ["四", "肆"]),
    ...each("5", ["五", "伍"]),
    // Not the financial 陆: it is also "land" (陆地).
    ...each("6", ["六"]),
    ...each("7", ["七", "柒"]),
    ...each("8", ["八", "捌"]),
    ...each("9", ["九", "玖"]),
    ...each("20", ["廿"]),
    ...each("30", ["卅"]),
    ...each("40", ["卌"]),
  },
  multipliers: { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 },
  // "3千" and "1.5万" put scale words straight after digits; 百万, 千万, 万亿 are single scale words.
  scales: {
    百: 2, 千: 3, 万: 4, 萬: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 億: 8, 十亿: 9, 百亿: 10, 千亿: 11, 万亿: 12, 萬億: 12,
    // 兆 is 10¹² in amounts ("四十九兆九千五百九十二億元"); as the prefix mega- it is part of a unit word
    // (兆瓦, 兆字节), and a unit word longer than the scale wins.
    兆: 12,
  },
  // "三分之一" (33.33 %), "五分之二" (40 %): the parts first. "百分之" is the percent sign (unitPrefixes).
  partsOf: ["分之"],
  // "减少了一半": half, a share.
  denominators: { 一半: { parts: 2, alone: true } },
  // "半吨", "半亿"; and after a unit, "一吨半" (1.5 t), "三块半".
  fractions: { 半: "0.5" },
  multiples: { 翻番: "2", 翻一番: "2", 翻两番: "4", 翻三番: "8" },
  // "从5降至3亿元": the verbs of a change "to" a figure. A bare number before one shares its scale and
  // unit ("5" is 5亿元), so it is not read alone.
  targetWords: ["降至", "增至", "升至", "减至", "跌至", "涨至", "降到", "增加到", "下降到", "上升到", "提高到", "减少到", "跌到", "涨到", "扩大到", "缩小到", "增长到", "增长至", "下降至", "上升至", "提高至", "减少至", "增加至"],
  ordinalPrefixes: ["第"],
  decimalPoints: ["点", "點"],
  // "零下12摄氏度": below zero, a minus (of a temperature, the only thing "below zero" is said of).
  minusWords: ["负", "負", "零下"],
  positionalDigits: true,
  bareMultipliers: true,
  currencyPrefixes: {
    ...each({ unit: "CNY" }, ["人民币", "人民幣"]),
    ...each({ unit: "USD" }, ["美元"]),
    ...each({ unit: "HKD" }, ["港币", "港幣"]),
  },
  // 角, 毛, 分 alone are also "corner", "hair", "minute/point": money only after 元 or 块, or with 钱.
  minorUnits: {
    ...each({ power: -1 }, ["角", "毛", "毫"]),
    ...each({ power: -2 }, ["分", "仙"]),
    ...each({ power: -1, currency: { unit: "CNY" } }, ["毛钱", "角钱", "毛錢", "角錢"]),
    ...each({ power: -2, currency: { unit: "CNY" } }, ["分钱", "分錢"]),
    ...each({ power: -2, currency: { unit: "USD" } }, ["美分"]),
    ...each({ power: -2, currency: { unit: "EUR" } }, ["欧分", "歐分"]),
    ...each({ power: -2, currency: { unit: "GBP" } }, ["便士"]),
    ...each({ power: -2, currency: { unit: "RUB" } }, ["戈比"]),
    ...each({ power: -2, currency: { unit: "JPY" } }, ["日本銭", "日本钱", "銭"]),
  },
  minorJoiners: ["又", "零"],
  minorByPlace: true,
  currencySuffixes: {
    ...each({ unit: "USD" }, ["美元", "美圆", "美金", "元美金"]),
    ...each({ unit: "CNY" }, ["元", "圆", "块", "块钱", "人民币", "人民幣", "元人民币"]),
    ...each({ unit: "EUR" }, ["欧元", "歐元"]),
    ...each({ unit: "GBP" }, ["英镑", "英鎊"]),
    ...each({ unit: "JPY" }, ["日元", "日圆", "日圓"]),
    ...each({ unit: "RUB" }, ["卢布", "盧布"]),
    ...each({ unit: "KZT" }, ["坚戈", "哈萨克斯坦坚戈", "腾格"]),
    ...each({ unit: "HKD" }, ["港元", "港币", "港幣"]),
    // Cantonese for a dollar after a number ("七蚊", "三蚊零四"); alone it is a mosquito.
    ...each({ unit: "HKD" }, ["蚊"]),
    ...each({ unit: "AUD" }, ["澳元", "澳币"]),
    ...each({ unit: "CAD" }, ["加元", "加币"]),
    ...each({ unit: "SGD" }, ["新加坡元", "新元"]),
    ...each({ unit: "KRW" }, ["韩元", "韓元"]),
    ...each({ unit: "TWD" }, ["新台币", "新台幣", "台币"]),
    ...each({ unit: "CHF" }, ["瑞士法郎", "瑞郎"]),
    ...each({ unit: "UAH" }, ["格里夫纳"]),
    ...each({ unit: "INR" }, ["卢比"]),
    ...each({ unit: "TRY" }, ["里拉"]),
    ...each({ unit: "NGN" }, ["奈拉"]),
    ...each({ unit: "BTC" }, ["比特币", "比特幣", "个比特币", "個比特幣"]),
    ...each({ unit: "CHF", candidates: ["CHF", "FRF", "BEF", "XOF", "XAF"] }, ["法郎"]),
    ...each({ unit: "DEM" }, ["马克", "德国马克"]),
    ...each({ unit: "SAR" }, ["里亚尔", "沙特里亚尔"]),
    ...each({ unit: "MYR" }, ["林吉特", "令吉"]),
    ...each({ unit: "THB" }, ["泰铢", "泰銖"]),
    ...each({ unit: "VND" }, ["越南盾"]),
    ...each({ unit: "PLN" }, ["兹罗提"]),
    ...each({ unit: "BRL" }, ["雷亚尔"]),
    ...each({ unit: "MXN", candidates: ["MXN", "ARS", "CLP", "COP", "PHP"] }, ["比索"]),
    ...each({ unit: "ILS" }, ["谢克尔", "新谢克尔"]),
    ...each({ unit: "ZAR" }, ["兰特"]),
    ...each({ unit: "SEK", candidates: ["SEK", "NOK", "DKK", "ISK"] }, ["克朗"]),
    ...each({ unit: "MNT" }, ["图格里克"]),
  },
  unitSuffixes: {
    ...each({ unit: "t" }, ["吨", "噸", "公吨"]),
    ...each({ unit: "kg" }, ["公斤", "千克"]),
    ...each({ unit: "g" }, ["克"]),
    ...each({ unit: "mg" }, ["毫克"]),
    ...each({ unit: "ug" }, ["微克"]),
    ...each({ unit: "jin" }, ["斤", "市斤"]),
    ...each({ unit: "ct" }, ["克拉"]),
    ...each({ unit: "km" }, ["公里", "公裏", "千米"]),
    ...each({ unit: "m" }, ["米", "公尺"]),
    ...each({ unit: "cm" }, ["厘米", "公分"]),
    ...each({ unit: "mm" }, ["毫米"]),
    ...each({ unit: "dm" }, ["分米"]),
    ...each({ unit: "um" }, ["微米"]),
    ...each({ unit: "nm" }, ["纳米", "奈米"]),
    ...each({ unit: "pm" }, ["皮米"]),
    ...each({ unit: "mi" }, ["英里", "英裏", "哩"]),
    ...each({ unit: "ft" }, ["英尺", "呎"]),
    ...each({ unit: "in" }, ["英寸", "英吋", "吋"]),
    ...each({ unit: "yd" }, ["码", "碼"]),
    ...each({ unit: "gal" }, ["加仑", "加侖"]),
    ...each({ unit: "lb" }, ["磅"]),
    ...each({ unit: "oz" }, ["盎司"]),
    ...each({ unit: "km2" }, ["平方公里", "平方千米"]),
    ...each({ unit: "m2" }, ["平方米", "平米", "平方"]),
    ...each({ unit: "ha" }, ["公顷"]),
    ...each({ unit: "l" }, ["升", "公升"]),
    ...each({ unit: "ml" }, ["毫升"]),
    ...each({ unit: "cl" }, ["厘升"]),
    ...each({ unit: "dl" }, ["分升"]),
    ...each({ unit: "hl" }, ["百升"]),
    ...each({ unit: "tsp" }, ["茶匙"]),
    ...each({ unit: "tbsp" }, ["汤匙", "湯匙"]),
    ...each({ unit: "ft2" }, ["平方英尺"]),
    ...each({ unit: "ft3" }, ["立方英尺"]),
    ...each({ unit: "m3" }, ["立方米"]),
    ...each({ unit: "bbl" }, ["桶"]),
    ...each({ unit: "kWh" }, ["千瓦时", "度电"]),
    ...each({ unit: "kW" }, ["千瓦"]),
    ...each({ unit: "MW" }, ["兆瓦"]),
    ...each({ unit: "MWh" }, ["兆瓦时", "兆瓦時"]),
    ...each({ unit: "GWh" }, ["吉瓦时", "吉瓦時"]),
    ...each({ unit: "W" }, ["瓦", "瓦特"]),
    ...each({ unit: "kcal" }, ["千卡", "大卡"]),
    ...each({ unit: "J" }, ["焦耳"]),
    ...each({ unit: "kJ" }, ["千焦"]),
    ...each({ unit: "MJ" }, ["兆焦"]),
    ...each({ unit: "km/h" }, ["公里每小时", "公里/小时", "千米每小时", "千米/小时", "公里/时"]),
    ...each({ unit: "mph" }, ["英里每小时", "英里/小时"]),
    ...each({ unit: "m/s" }, ["米每秒", "米/秒"]),
    ...each({ unit: "bit" }, ["比特"]),
    ...each({ unit: "B" }, ["字节"]),
    ...each({ unit: "kB" }, ["千字节"]),
    ...each({ unit: "MB" }, ["兆字节"]),
    ...each({ unit: "GB" }, ["吉字节"]),
    ...each({ unit: "Hz" }, ["赫兹", "赫"]),
    ...each({ unit: "kHz" }, ["千赫", "千赫兹"]),
    ...each({ unit: "MHz" }, ["兆赫", "兆赫兹"]),
    ...each({ unit: "GHz" }, ["吉赫", "吉赫兹"]),
    ...each({ unit: "GW" }, ["吉瓦"]),
    ...each({ unit: "s" }, ["秒", "秒钟", "秒鐘"]),
    ...each({ unit: "min" }, ["分钟", "分鐘"]),
    ...each({ unit: "h" }, ["小时", "小時", "个小时", "個小時"]),
    ...each({ unit: "d" }, ["天"]),
    ...each({ unit: "wk" }, ["个星期", "個星期"]),
    ...each({ unit: "°C" }, ["摄氏度", "攝氏度"]),
    ...each({ unit: "°F" }, ["华氏度", "華氏度"]),
    ...each({ unit: "K" }, ["开尔文", "開爾文"]),
    ...each({ unit: "hPa" }, ["百帕", "百帕斯卡"]),
    ...each({ unit: "kPa" }, ["千帕", "千帕斯卡"]),
    ...each({ unit: "MPa" }, ["兆帕", "兆帕斯卡"]),
    ...each({ unit: "mbar" }, ["毫巴"]),
    ...each({ unit: "mmHg" }, ["毫米汞柱"]),
    ...each({ unit: "inHg" }, ["英寸汞柱"]),
    ...each({ unit: "pp", scale: -2 }, ["个基点", "個基點", "基点", "基點"]),
    ...each({ unit: "x" }, ["倍"]),
    ...each({ unit: "pp" }, ["个百分点", "個百分點", "百分点"]),
    // Tenths: "七成" is 70 %, "三成半" 35 %; a price "九折" is 90 % of itself, "75折" 75 %.
    ...each({ unit: "%", scale: 1 }, ["成"]),
    ...each({ unit: "%", tenthsBelowTen: true }, ["折"]),
  },
  // Per mille and finer, as fractions of a per cent: "千分之2.4" is 0.24 %.
  unitPrefixes: {
    百分之: { unit: "%" },
    // "时速350公里", "设计时速350": a speed per hour; the 公里 after the number is part of it.
    ...each({ unit: "km/h", absorbs: ["km"] }, ["时速", "時速", "时速达", "时速达到", "时速为", "時速達"]),
    ...each({ unit: "km/h", absorbs: ["km"], absorbRequired: true }, ["每小时", "每小時"]),
    ...each({ unit: "%", scale: -1 }, ["千分之", "仟分之"]),
    ...each({ unit: "%", scale: -2 }, ["万分之", "萬分之"]),
    ...each({ unit: "%", scale: -4 }, ["百万分之", "百萬分之"]),
  },
  boundPrefixes: {
    ...each("moreThan" as const, ["超过", "超過", "超过了", "逾", "超", "多于", "高于", "大于", "突破"]),
    ...each("atLeast" as const, ["至少", "至少有", "不少于", "不低于", "不小于", "大于等于", "大于或等于", "大于或者等于", "至少是", "至少为", "起码", "起碼", "≥"]),
    ...each("atMost" as const, ["最多", "最多为", "不超过", "不高于", "不大于", "小于等于", "小于或等于", "小于或者等于", "至多", "最高"]),
    ...each("lessThan" as const, ["不到", "不足", "少于", "低于", "小于"]),
    ...each("about" as const, ["约", "約", "大约", "大約", "大概", "约合", "约为", "約為", "约有", "约达", "約達", "大约为", "大约有"]),
    ...each("almost" as const, ["近", "将近", "將近", "接近", "几乎"]),
  },
  boundSuffixes: {
    // "二十几万" is twenty-odd ten-thousands, "十几个" ten-odd: 几 after a round number is 多.
    ...each("moreThan" as const, ["多", "余", "餘", "有余", "几", "幾"]),
    ...each("atLeast" as const, ["以上"]),
    ...each("atMost" as const, ["以下", "以内"]),
    ...each("about" as const, ["左右", "上下"]),
  },
  // "几十万人": some tens of ten-thousands, at least two ("几" alone is too many words: 几乎, 几何).
  vagueGroups: {
    ...each("20", ["几十", "幾十"]),
    ...each("200", ["几百", "幾百"]),
    ...each("2000", ["几千", "幾千"]),
    ...each("20000", ["几万", "幾萬"]),
    ...each("200000000", ["几亿", "幾億"]),
    // "数十亿美元": several billions, as 几 says; "上百万人": reaching a million, at least one of them.
    ...each("20", ["数十", "數十"]),
    ...each("200", ["数百", "數百"]),
    ...each("2000", ["数千", "數千"]),
    ...each("20000", ["数万", "數萬"]),
    ...each("200000000", ["数亿", "數億"]),
    ...each("100", ["上百"]),
    ...each("1000", ["上千"]),
    ...each("10000", ["上万", "上萬"]),
    ...each("100000000", ["上亿", "上億"]),
  },
  // "成千上万": thousands upon thousands, no amount.
  idioms: ["一成不变", "一成不變", "成千上万", "成千上萬", "成百上千", "成千成万"],
  classifiers: [
    "个", "個", "次", "项", "項", "名", "家", "座", "条", "條", "位", "份", "批", "件", "台", "辆", "輛", "艘", "架", "列", "只", "隻",
    "头", "頭", "户", "戶", "所", "种", "種", "类", "類", "笔", "筆", "轮", "輪", "场", "場", "倍", "人", "口", "层", "層", "栋", "棟",
    "套", "间", "間", "张", "張", "本", "部", "支", "枚", "颗", "顆", "棵", "株", "匹", "处", "處", "起", "例", "宗", "单", "單", "趟",
    "班", "对", "對", "双", "雙", "成", "组", "組", "队", "隊", "段", "节", "節", "篇", "封", "首", "块", "塊", "元", "角", "分", "名",
    "年", "天", "日", "月", "周", "週", "小", "时", "時", "秒", "季", "岁", "歲", "代", "号", "號", "点", "點", "多", "余",
    "餘", "来", "來", "亿", "億", "万", "萬", "千", "百", "十", "之", "分", "半", "几", "幾", "左", "上", "以", "的", "%", "％",
  ],
  rangeSeparators: ["至", "到", "－"],
  rangeOpeners: { 从: ["到", "至"] },
  nounStops: ["的", "和", "与", "及", "在", "是", "了", "将", "于", "为", "年", "月", "日", "号", "中", "从", "到", "至", "共", "总", "价值", "金额"],
}))();

// ---------------------------------------------------------------------------------------------------

/**
 * The Chinese lexicon: number, scale, currency, unit, bound and period words. Exported as `zhLexicon` for
 * {@link createQuantityParser}, so that a bundle holds only the languages it reads.
 *
 * @example
 * ```ts
 * const parseChinese = createQuantityParser({ lexicons: [zhLexicon] });
 * parseChinese("410亿美元").value.toString(); // "41000000000"
 * ```
 */
export const zh: Lexicon = /* @__PURE__ */ Object.freeze({ lang: "zh", quantity, period });
