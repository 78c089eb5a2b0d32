/**
 * The words that say how a figure is meant, beside the figure itself: its modality, who said it, what
 * it is compared with, that it is the present level, that it points back to an earlier figure, and
 * periods counted from the sentence's own ("a year earlier"). English words are matched whole;
 * Ukrainian and Russian words are stems taking up to four letters of ending; Chinese words inside the
 * text. Read by `extractClaims`.
 *
 * @internal
 */
export type ClaimWordKind =
  | "target"
  | "plan"
  | "forecast"
  | "estimate"
  | "source-before"
  | "source-after"
  | "baseline"
  | "current"
  | "anaphora"
  | "previous-year"
  | "same-period"
  | "bilateral"
  | "the-pair"
  | "pronoun";

/** @internal */
export const CLAIM_WORDS: Readonly<Record<ClaimWordKind, Readonly<Record<"en" | "uk" | "ru" | "zh", readonly string[]>>>> = {
  target: {
    en: ["target", "targets", "targeted", "aim", "aims", "aimed", "aiming", "goal", "goals", "seek to", "seeks to", "pledged to", "vowed to", "promise to", "promised to", "efforts to", "efforts", "ambition"],
    uk: ["ціль", "цілі", "мета", "метою", "цільов", "прагну", "прагне", "має намір", "мають намір"],
    ru: ["цель", "целью", "целев", "стремя", "стремит", "намерен"],
    zh: ["目标", "力争", "争取", "力求"],
  },
  plan: {
    en: ["plan", "plans", "planned", "planning", "will", "intends", "intend", "to be built", "is to", "are to", "scheduled"],
    uk: ["план", "планує", "планують", "плануєт", "заплановано", "запланован", "буде", "будуть", "інвестуватиме", "збудує"],
    ru: ["план", "планиру", "запланирова", "будет", "будут", "построит"],
    zh: ["计划", "将", "拟", "规划", "将要"],
  },
  forecast: {
    en: ["expected", "expects", "expect", "forecast", "forecasts", "forecasted", "projected", "projection", "projections", "could", "may", "might", "should", "likely", "predicted", "predicts", "outlook", "in the long run", "is set to", "are set to"],
    uk: ["очікуєт", "очікуют", "очікуван", "прогноз", "прогнозу", "може", "можуть", "передбача"],
    ru: ["ожидает", "ожидают", "ожидани", "прогноз", "прогнозиру", "может", "могут", "предполага"],
    zh: ["预计", "预测", "预期", "有望", "可能", "预估"],
  },
  estimate: {
    en: ["estimated", "estimate", "estimates", "an estimated"],
    uk: ["оцінк", "оцінюєт", "орієнтовн"],
    ru: ["оценк", "оценивает", "ориентировочн"],
    zh: ["估计", "据估计", "估算"],
  },
  "source-before": {
    en: ["according to", "data from", "figures from", "citing", "as reported by"],
    uk: ["за даними", "за словами", "згідно з", "згідно із", "як повідомляє", "як повідомляють", "з посиланням на", "за інформацією", "за оцінками", "за підрахунками"],
    ru: ["по данным", "по словам", "согласно", "как сообщает", "как сообщают", "со ссылкой на", "по информации", "по оценкам", "по подсчетам", "по подсчётам"],
    zh: ["据", "根据", "按照"],
  },
  "source-after": {
    en: ["said", "says", "reported", "reports", "announced", "announces", "told", "stated", "states", "noted", "stressed", "counted", "put", "puts", "estimated", "estimates", "showed", "shows", "quoted", "published", "publishes", "cited"],
    uk: ["повідоми", "заяви", "зазначи", "сказав", "сказала", "сказали", "наголоси", "підрахува", "оцінює", "оцінюю"],
    ru: ["сообщи", "заяви", "отмети", "сказал", "подчеркну", "подсчита", "оценивает", "оценивают"],
    zh: ["表示", "称", "说", "宣布", "指出", "报道", "统计显示", "数据显示"],
  },
  baseline: {
    en: ["up from", "down from", "compared to", "compared with", "against", "versus", "vs", "than"],
    uk: ["проти", "порівняно з", "порівняно із", "ніж"],
    ru: ["против", "по сравнению с", "чем"],
    zh: ["相比", "相较", "比"],
  },
  current: {
    en: ["current", "currently", "at present", "now", "today"],
    uk: ["нинішн", "наразі", "зараз", "теперішн", "сьогодні"],
    ru: ["нынешн", "сейчас", "текущ", "в настоящее время", "сегодня"],
    zh: ["目前", "当前", "现在", "现有", "如今"],
  },
  anaphora: {
    en: ["figure", "figures", "number", "level", "that", "this", "it", "lower", "higher", "smaller", "larger", "bigger", "same"],
    uk: ["цифр", "показник", "рівен", "рівн", "це", "цей", "ця", "менш", "більш", "нижч", "вищ"],
    ru: ["цифр", "показател", "уровень", "уровн", "это", "этот", "эта", "меньш", "больш", "ниже", "выше"],
    zh: ["这一数字", "该数字", "数字", "这一", "该"],
  },
  "previous-year": {
    en: ["a year earlier", "a year before", "the year before", "the previous year", "previous year", "the prior year", "prior year", "a year ago"],
    uk: ["роком раніше", "рік тому", "попереднього року", "попередньому році", "попередній рік"],
    ru: ["годом ранее", "годом раньше", "год назад", "предыдущего года", "предыдущем году", "предыдущий год"],
    zh: ["上年", "上一年", "前一年", "一年前", "上年同期"],
  },
  "same-period": {
    en: ["the same year", "that year", "that same year", "the same period", "that period", "the same year's"],
    uk: ["того ж року", "того самого року", "тому ж році", "той же рік", "за той же період"],
    ru: ["того же года", "том же году", "тот же год", "за тот же период"],
    zh: ["同年", "当年", "同期"],
  },
  bilateral: {
    en: ["bilateral", "two-way", "mutual"],
    uk: ["двосторонн", "взаємн"],
    ru: ["двусторонн", "взаимн"],
    zh: ["双边"],
  },
  "the-pair": {
    en: ["between the two", "both countries", "both nations", "the two countries", "the two nations", "the sides", "both sides"],
    uk: ["між двома", "обох країн", "двох країн", "сторони", "сторін"],
    ru: ["между двумя", "обеих стран", "двух стран", "стороны", "сторон"],
    zh: ["两国", "双方"],
  },
  pronoun: {
    en: ["he", "she", "they", "it", "we", "i", "you", "who"],
    uk: ["він", "вона", "вони", "ми", "я", "хто"],
    ru: ["он", "она", "они", "мы", "я", "кто"],
    zh: ["他", "她", "他们", "我们", "我"],
  },
};
