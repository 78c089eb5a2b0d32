/**
 * The metric lexicon: the statistics news reports, each under one canonical English name, with its
 * words in English, Ukrainian, Russian and Chinese. English words are matched whole (a plural or
 * possessive ending allowed); Ukrainian and Russian words are stems that take up to four letters of
 * ending (товарообіг → товарообігу, товарообігом; торгівл → торгівля, торгівлі, торгівлею); Chinese
 * words are matched inside the text. `counted` metrics are counts of things (agreements, projects,
 * visits), read from the noun a count counts; `directed` ones have an origin and a destination
 * (exports from A to B); `bilateral` ones are between two parties (trade turnover).
 *
 * @internal
 */
export interface MetricEntry {
  readonly id: string;
  readonly counted?: boolean;
  readonly directed?: boolean;
  readonly bilateral?: boolean;
  readonly en: readonly string[];
  readonly uk: readonly string[];
  readonly ru: readonly string[];
  readonly zh: readonly string[];
  /**
   * Words that name the metric in an article, where the parties are named beside them, but not as a
   * metric's name on their own: bare "trade" is trade turnover between two countries in a sentence
   * about them, while a claim's metric "trade" may mean anything traded.
   */
  readonly loose?: readonly string[];
}

/** @internal */
export const METRICS: readonly MetricEntry[] = [
  {
    id: "trade turnover",
    bilateral: true,
    en: ["trade turnover", "bilateral trade", "two-way trade", "mutual trade", "trade volume", "trade volumes", "volume of trade"],
    uk: ["товарообіг", "товарооборот", "обсяг торгівл", "взаємн торгівл", "двосторонн торгівл", "зовнішньоторговельн обіг", "торговельн обіг"],
    ru: ["товарооборот", "объем торговл", "объём торговл", "взаимн торговл", "двусторонн торговл", "внешнеторгов оборот"],
    zh: ["贸易额", "贸易总额", "双边贸易", "双边贸易额", "进出口总额", "进出口额"],
    loose: ["trade", "traded", "trading", "торгівл", "торговл", "贸易"],
  },
  { id: "exports", directed: true, en: ["exports", "export", "exported", "shipments abroad"], uk: ["експорт", "експортува"], ru: ["экспорт", "экспортирова"], zh: ["出口额", "出口"] },
  { id: "imports", directed: true, en: ["imports", "import", "imported"], uk: ["імпорт", "імпортува"], ru: ["импорт", "импортирова"], zh: ["进口额", "进口"] },
  {
    id: "foreign direct investment",
    directed: true,
    en: ["foreign direct investment", "direct investment", "FDI"],
    uk: ["прям іноземн інвестиц", "прям інвестиц", "ПІІ"],
    ru: ["прям иностранн инвестиц", "прям инвестиц", "ПИИ"],
    zh: ["外商直接投资", "直接投资"],
  },
  { id: "investment", directed: true, en: ["investment", "investments", "invest", "invests", "invested", "investing", "investors", "investor"], uk: ["інвестиц", "інвесту", "інвестуват", "інвестор", "вклад"], ru: ["инвестиц", "инвестиру", "инвестор", "вложени"], zh: ["投资额", "投资", "投资者"] },
  { id: "GDP", en: ["GDP", "gross domestic product"], uk: ["ВВП"], ru: ["ВВП"], zh: ["国内生产总值", "GDP"] },
  { id: "debt", directed: true, en: ["debt", "external debt", "public debt", "loans", "lending", "owed", "owes", "owe"], uk: ["борг", "заборгованіст", "заборгува", "кредит"], ru: ["долг", "задолженност", "задолжал", "кредит"], zh: ["债务", "外债", "贷款"] },
  { id: "population", en: ["population", "inhabitants", "residents"], uk: ["населенн", "мешканц", "жител"], ru: ["населени", "жител"], zh: ["人口"] },
  { id: "production", en: ["production", "output", "produced", "produce", "yield", "harvest"], uk: ["виробництв", "виробле", "видобут", "випуск", "врожа"], ru: ["производств", "произвед", "добыч", "выпуск", "урожа"], zh: ["产量", "生产", "产值"] },
  {
    id: "freight volume",
    en: ["freight", "freight volume", "freight volumes", "cargo", "cargo volume", "transit", "shipments", "shipped", "transported", "traffic"],
    uk: ["перевезен", "обсяг перевезен", "вантаж", "вантажоперевезен", "транзит"],
    ru: ["перевозк", "объем перевоз", "грузооборот", "грузов", "грузы", "грузоперевоз", "транзит"],
    zh: ["货运量", "运量", "货物运输", "过境运输"],
  },
  {
    id: "agreements signed",
    counted: true,
    en: ["agreements", "agreement", "deals", "deal", "contracts", "contract", "accords", "memoranda", "memorandums", "documents"],
    uk: ["угод", "угоди", "угода", "договор", "контракт", "меморандум", "документ"],
    ru: ["соглашени", "договор", "контракт", "сделк", "меморандум", "документ"],
    zh: ["协议", "协定", "合同", "合作文件", "备忘录", "文件"],
  },
  { id: "projects", counted: true, en: ["projects", "project"], uk: ["проєкт", "проект"], ru: ["проект"], zh: ["项目"] },
  { id: "visits", counted: true, directed: true, en: ["visits", "visit", "trips", "trip"], uk: ["візит", "поїздк"], ru: ["визит", "поездк"], zh: ["访问", "出访", "国事访问"] },
  { id: "summits", counted: true, en: ["summit", "summits", "meeting", "meetings"], uk: ["саміт", "зустріч", "засіданн"], ru: ["саммит", "встреч", "заседани"], zh: ["峰会", "会晤", "会议"] },
  { id: "anniversary", counted: true, en: ["anniversary"], uk: ["річниц"], ru: ["годовщин"], zh: ["周年"] },
  { id: "border length", bilateral: true, en: ["border", "frontier", "boundary"], uk: ["кордон"], ru: ["границ"], zh: ["边境线", "边界"] },
  // "Recognized" narrows the count (groups a state recognizes, not all that live there): a series of its own.
  {
    id: "recognized ethnic groups",
    counted: true,
    en: ["recognized ethnic groups", "recognised ethnic groups", "officially recognized ethnic groups"],
    uk: ["визнан етнічн груп", "офіційно визнан етнічн груп"],
    ru: ["признанн этническ групп", "официально признанн этническ групп"],
    zh: ["认定的民族", "官方认定的民族"],
  },
  { id: "ethnic groups", counted: true, en: ["ethnic groups", "nationalities", "ethnicities"], uk: ["етнічн груп", "національност"], ru: ["этническ групп", "национальност"], zh: ["民族"] },
  { id: "tourist arrivals", counted: true, en: ["tourists", "tourist", "visitors"], uk: ["турист"], ru: ["турист"], zh: ["游客", "旅客"] },
  { id: "jobs", counted: true, en: ["jobs"], uk: ["робоч місц"], ru: ["рабоч мест"], zh: ["就业岗位", "工作岗位"] },
  { id: "budget", en: ["budget"], uk: ["бюджет"], ru: ["бюджет"], zh: ["预算"] },
  { id: "revenue", en: ["revenue", "revenues", "income"], uk: ["доход", "дохід", "надходжен", "виручк"], ru: ["доход", "выручк", "поступлени"], zh: ["收入", "营收"] },
  { id: "inflation", en: ["inflation"], uk: ["інфляц"], ru: ["инфляц"], zh: ["通胀", "通货膨胀"] },
  { id: "unemployment", en: ["unemployment"], uk: ["безробітт"], ru: ["безработиц"], zh: ["失业率", "失业"] },
  { id: "reserves", en: ["reserves"], uk: ["резерв"], ru: ["резерв"], zh: ["储备"] },
  { id: "wages", en: ["wage", "wages", "salary", "salaries"], uk: ["зарплат", "заробітн плат"], ru: ["зарплат", "заработн плат"], zh: ["工资"] },
  { id: "aid", directed: true, en: ["aid", "assistance"], uk: ["допомог"], ru: ["помощ"], zh: ["援助"] },
];

/**
 * Words that turn a metric into another: the growth of it ("16% increase in investment"), a share
 * ("3.5% of GDP", "share in production"), a value ("agreements worth $15 billion"), a comparison's
 * base ("up from", "compared to"), and the present ("the current 2–3 million"). Same matching as
 * {@link METRICS}.
 *
 * @internal
 */
export const METRIC_CUES: Readonly<Record<"growth" | "share" | "ofGdp" | "value", Readonly<Record<"en" | "uk" | "ru" | "zh", readonly string[]>>>> = {
  growth: {
    en: ["increase", "increased", "growth", "grew", "rose", "rise", "up", "jump", "jumped", "decline", "declined", "fell", "drop", "dropped", "down"],
    uk: ["зрос", "зріс", "збільш", "приріст", "підвищ", "скороти", "зменш", "впа", "знизи"],
    ru: ["вырос", "выросл", "рост", "увелич", "прирост", "сократи", "снизи", "упа", "уменьш"],
    zh: ["增长", "增加", "上升", "下降", "减少", "增幅", "同比"],
  },
  share: { en: ["share", "proportion", "per cent of", "percent of"], uk: ["частк", "частка", "відсотк"], ru: ["доля", "доли", "долю", "долей", "процент"], zh: ["占比", "份额", "比重", "占"] },
  ofGdp: { en: ["of GDP", "of gross domestic product"], uk: ["ВВП"], ru: ["ВВП"], zh: ["GDP", "国内生产总值"] },
  value: {
    en: ["worth", "valued at", "totaling", "totalling", "totalled", "totaled", "value", "amounting to", "cost"],
    uk: ["на суму", "вартіст", "загальн вартіст"],
    ru: ["на сумм", "сумм", "стоимост", "общ стоимост"],
    zh: ["总额", "价值", "金额", "总价值"],
  },
};
