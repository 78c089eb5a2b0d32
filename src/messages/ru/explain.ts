import type { ExplainCatalogue } from "../en/explain.js";
import { createPlural } from "../numbers/plural.js";

// Read inside a pure call: a destructuring at the top level is a read a bundler keeps.
const count = /* @__PURE__ */ (() => createPlural("ru").count)();

const rangeOf = (p: { low?: unknown; high?: unknown; unit: string }, n: { range: (a: never, b: never, u: string) => string }): string | undefined =>
  p.low !== undefined && p.high !== undefined ? n.range(p.low as never, p.high as never, p.unit) : undefined;

/** Russian sentences for comparisons, explanations and reconciliations. */
export const explain: ExplainCatalogue = {
  claimLabel: (text, source, period, modality, outlet) =>
    `${text} (${source}${period !== undefined ? `, ${period}` : ""}${modality !== "actual" ? `, ${modality}` : ""}${outlet !== undefined ? `, публикация: ${outlet}` : ""})`,
  modality: { actual: "фактическое значение", estimate: "оценка", target: "целевой показатель", forecast: "прогноз", plan: "план" },
  modalities: (a, b) => `разный статус показателя (${a} и ${b})`,
  consistent: (a, b, roundingOnly) =>
    roundingOnly
      ? `${a} и ${b} согласуются, но лишь с учётом округления или формулировки («более», «около»).`
      : `${a} и ${b} согласуются.`,
  conflict: (a, b) => `${a} и ${b} противоречат друг другу.`,
  repeatsConflict: (a, b) => `Это то же расхождение, что и между ${a} и ${b}; оно учтено один раз.`,
  gap: (absolute, share, ratio) => `Разница составляет ${absolute}, или ${share} от большей цифры${ratio !== undefined ? `; соотношение ${ratio}` : ""}.`,
  notComparable: (a, b, reasons) => `${a} и ${b} несопоставимы: ${reasons.join(", ")}.`,
  reasons: {
    "different-metric": "разные показатели",
    "different-subject": "разные субъекты",
    "different-scope": "разный охват (уточнения)",
    "different-period": "разные периоды",
    "different-modality": "разный статус показателя",
    "incompatible-units": "несовместимые единицы измерения",
  },
  targetMet: (met) => (met ? "Фактическое значение достигает целевого показателя." : "Фактическое значение не достигает целевого показателя."),
  leadingExplanation: (strength, text) => (strength === "weak" ? `Возможно: ${text}.` : `Наиболее вероятно: ${text}.`),
  alsoPossible: (text) => `Также возможно: ${text}.`,
  ruledOut: (items) => `Отклонено: ${items.join("; ")}.`,
  sentenceEnd: ".",
  capitalise: (text) => text.charAt(0).toUpperCase() + text.slice(1),

  mirrorStatistics: (e) =>
    `зеркальная статистика — каждая страна-партнёр сама отчитывается об этом потоке, и ${e.higher} приводит бо́льшую цифру, чем ${e.lower} (соотношение ${e.ratio})` +
    (e.follows !== undefined ? `; цифра без страны-источника согласуется с ${e.follows}` : "") +
    (e.trade
      ? e.beyond
        ? `. Обычная разница между ценами СИФ и ФОБ — около ${e.margin} (коэффициент МВФ в статистике направлений торговли — ${e.typical}); расхождение такого размера намного превышает расходы на фрахт и страхование и указывает на реэкспорт, разное время учёта, отнесение к другой стране-партнёру, классификацию товаров или занижение стоимости в счетах`
        : `. Это в пределах обычной разницы между ценами СИФ и ФОБ — около ${e.margin} (коэффициент МВФ в статистике направлений торговли — ${e.typical})`
      : ""),
  systematicGap: (e) =>
    `систематическое расхождение источников — ${e.reporters !== undefined ? `здесь ${e.reporters}, и ` : ""}похожее расхождение есть за ${e.others.join(", ")}` +
    (e.strength === "strong" ? ": те же две методики учёта" : e.strength === "moderate" ? ": вероятно, те же две методики учёта" : ""),
  otherPeriodGap: (period, ratio, reporters) => `${period} (соотношение ${ratio}${reporters !== undefined ? `; ${reporters}` : ""})`,
  reportersAbove: (higher, lower) => `${higher} приводит больше, чем ${lower}`,
  revision: (earlier, later, laterDate) =>
    `пересмотр — тот же источник опубликовал ${later} после ${earlier}${laterDate !== undefined ? ` (${laterDate})` : ""}`,
  revisionUnordered: "пересмотр — тот же источник привёл обе цифры в разных публикациях",
  copy: (copy, original, how) =>
    `копирование — ${copy} повторяет ${original}${how === "via" ? " со ссылкой на него" : how === "same-publication" ? " в том же тексте" : " в более поздней публикации"}, так что это не независимое подтверждение`,
  scaleSlip: (ratio, scale) => `ошибка в порядке величины — соотношение ${ratio} близко к ${scale}`,
  unitSlip: (ratio, factor, larger, smaller) => `путаница с единицами — соотношение ${ratio} близко к ${factor}, коэффициенту перевода между ${larger} и ${smaller}`,
  currencyRate: (ratio, from, to, rate) => `путаница с валютами — соотношение ${ratio} близко к курсу ${from}→${to} ${rate}`,
  currencyAmbiguous: (candidates) => `путаница с валютами — знак валюты может означать ${candidates.join(" или ")}`,
  periodShift: (claim, matches, period) => `сдвиг периода — ${claim} совпадает с ${matches} за ${period}`,
  basisSamePublication: (source) => `разная база учёта — ${source} приводит обе цифры в одном тексте, вероятно, по двум разным методикам`,
  basisNouns: (nouns) => `разная база учёта — считают разное (${nouns.join(" и ")})`,
  looseRounding: (distance, step) => `грубое округление — интервалы расходятся на ${distance}, то есть в пределах одного шага округления (${step})`,
  approximation: (share, tolerance) => `приблизительность — разница составляет ${share} от большей цифры, в пределах ±${tolerance}, которые допускает приблизительная цифра`,
  unitNames: { km: "километром", m: "метром", mi: "милей", t: "тонной", kg: "килограммом", lb: "фунтом" },
  scaleNames: { 3: "тысяче", 6: "миллиону", 9: "миллиарду", 12: "триллиону" },

  ruledOutReasons: {
    "gap-exceeds-rounding": (e) => `округление (интервалы расходятся на ${e.distance}, больше шага округления ${e.step})`,
    "gap-exceeds-tolerance": (e) => `приблизительность (разница ${e.share} превышает ±${e.tolerance})`,
    "ratio-not-power-of-ten": (e) => `ошибка в порядке величины (соотношение ${e.ratio} не близко ни к тысяче, ни к миллиону, ни к миллиарду)`,
    "ratio-matches-no-unit-factor": (e) => `путаница с единицами (соотношение ${e.ratio} не соответствует ни одному коэффициенту перевода)`,
    "ratio-matches-no-rate": (e) =>
      e.rates === 0
        ? "путаница с валютами (валюта одна, обменный курс не применяется)"
        : `путаница с валютами (соотношение ${e.ratio} не соответствует ни одному из заданных курсов, а их ${e.rates})`,
    "not-partner-reporters": () => "зеркальная статистика (цифры получены не от собственных органов обеих стран-партнёров)",
    "different-sources": () => "пересмотр (источники разные)",
    "no-neighbour-match": () => "сдвиг периода (ни одна цифра соседнего периода не совпадает)",
    "no-similar-gap": (e) => `систематическое расхождение источников (за другие периоды соотношения, похожего на ${e.ratio}, нет)`,
  },

  methodNames: {
    intersection: "пересечения",
    "attributed-range": "диапазона с указанием источников",
    "preferred-source": "приоритетного источника",
    "latest-revision": "последнего пересмотра",
    median: "медианы",
    "reliability-weighted": "взвешивания по надёжности",
    "mirror-statistics": "зеркальной статистики",
  },
  reconciliation: (method, estimate, note) => (note !== undefined ? `Согласовано методом ${method}. ${note}` : `Согласовано методом ${method}: ${estimate}.`),
  support: (support, dissent) =>
    `Поддерживают: ${count(support, "утверждение", "утверждения", "утверждений")}; не согласуются: ${count(dissent, "утверждение", "утверждения", "утверждений")}.`,
  fallbacks: {
    "no-ranked-source": "Ни одного из источников нет в рейтинге.",
    "no-mirror-pair": "Для зеркальной статистики нужны цифры собственных органов каждой из стран-партнёров.",
    "no-stated-figure": "Для медианы или взвешенного среднего нужно хотя бы одно утверждение с конкретной цифрой, а не только с границей.",
  },
  notes: {
    "intersection-all": (p, ctx) => {
      const range = rangeOf(p, ctx.n);
      return `Все ${count(p.agreeing, "разная цифра", "разные цифры", "разных цифр")} согласуются${range !== undefined ? `: ${range}` : ""}.`;
    },
    "intersection-largest": (p, ctx) => {
      const range = rangeOf(p, ctx.n);
      return `Не все цифры согласуются; наибольшая согласованная группа (${p.agreeing} из ${p.total})${range !== undefined ? ` даёт ${range}` : " — их пересечение"}.`;
    },
    "attributed-range": (p, ctx) => {
      const low = p.lowParties.map(ctx.party).join(", ");
      const high = p.highParties.map(ctx.party).join(", ");
      const range = ctx.n.range(p.low, p.high, p.unit);
      return low === high ? `${range}: обе границы приводит ${low}.` : `${range}: меньшую цифру приводит ${low}, бо́льшую — ${high}.`;
    },
    "attributed-agree": (p, ctx) => `Все стороны приводят ${ctx.n.amount(p.value, p.unit)}.`,
    "preferred-source": (p) => `Цифра приоритетного источника — ${p.source}.`,
    "latest-revision": (p) => (p.date === undefined ? "Дат публикации нет: все цифры считаются одинаково свежими." : `Самая свежая публикация (${p.date}).`),
    median: (p, ctx) => `Медиана ${count(p.figures, "разной цифры", "разных цифр", "разных цифр")}: ${ctx.n.amount(p.value, p.unit)}.`,
    "reliability-weighted": (p, ctx) => `Взвешено по надёжности ${count(p.sources, "источника", "источников", "источников")}: ${ctx.n.amount(p.value, p.unit)}.`,
    "mirror-statistics": (p, ctx) => {
      const typical = ctx.n.ratio(p.cifFob);
      const ratio = p.ratio === undefined ? undefined : ctx.n.ratio(p.ratio);
      return [
        `${p.figures.map((f) => `${ctx.party(f.country)} сообщает ${ctx.n.amount(f.value, p.unit)}`).join(", ")}${
          p.importer !== undefined ? ` (цифра страны-импортёра, ${ctx.party(p.importer)}, в ценах СИФ приведена к ценам ФОБ с коэффициентом ${typical})` : ""
        }; взвешенная оценка — ${ctx.n.amount(p.estimate, p.unit)}.`,
        ratio === undefined
          ? ""
          : p.beyondTypical
            ? ` Соотношение ${ratio} намного превышает типичный ${p.trade ? "для цен СИФ и ФОБ " : ""}коэффициент ${typical}: оценка — это компромисс между двумя методиками учёта, а не измерение.`
            : ` Соотношение ${ratio} не выходит за пределы типичного ${p.trade ? "для цен СИФ и ФОБ " : ""}расхождения (коэффициент ${typical}).`,
      ].join("");
    },
  },

  reportHeading: (claims, series) =>
    `Отчёт о расхождениях: ${count(claims, "утверждение", "утверждения", "утверждений")} в ${count(series, "ряду", "рядах", "рядах")} данных.`,
  reportCounts: (comparisons, consistent, conflicts, notComparable) =>
    `${count(comparisons, "сравнение", "сравнения", "сравнений")}: ${count(consistent, "согласованное", "согласованных", "согласованных")}, ${count(conflicts, "расхождение", "расхождения", "расхождений")}, ${count(notComparable, "несопоставимое", "несопоставимых", "несопоставимых")}.`,
  conflictsHeading: "Расхождения",
  noConflicts: "Расхождений нет.",
  seriesHeading: "Ряды данных",
  subjectJoin: (subject, direction) => (direction ? subject.join(" → ") : subject.length === 2 ? subject.join(" и ") : subject.join(", ")),
  metricNames: {
    "trade turnover": "товарооборот",
    exports: "экспорт",
    imports: "импорт",
    "foreign direct investment": "прямые иностранные инвестиции",
    investment: "инвестиции",
    GDP: "ВВП",
    debt: "долг",
    population: "численность населения",
    production: "производство",
    "freight volume": "объем грузоперевозок",
    "agreements signed": "подписанные соглашения",
    projects: "проекты",
    visits: "визиты",
    summits: "саммиты",
    anniversary: "годовщина",
    "border length": "протяженность границы",
    "recognized ethnic groups": "признанные этнические группы",
    "ethnic groups": "этнические группы",
    "tourist arrivals": "число туристов",
    jobs: "рабочие места",
    budget: "бюджет",
    revenue: "доходы",
    inflation: "инфляция",
    unemployment: "безработица",
    reserves: "резервы",
    wages: "заработная плата",
    aid: "помощь",
  },
  qualifierKeys: {
    basis: "база учета",
    kind: "вид",
    type: "тип",
    category: "категория",
    window: "период подсчета",
    format: "формат",
    scope: "охват",
    method: "методика",
    sector: "отрасль",
    flow: "поток",
    product: "товар",
  },
  qualifier: (key, value) => `${key}: ${value}`,
  seriesTitle: (metric, subject, qualifiers) => `${metric}${subject !== "" ? ` — ${subject}` : ""}${qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : ""}`,
  groupTitle: (series, period, modality, actual) => `${series}, ${period ?? "без периода"}${!actual ? ` (${modality})` : ""}`,
  groupLine: (period, modality, claims, sources, verdict) =>
    `${period ?? "без периода"}, ${modality}: ${verdict} — ${count(claims, "утверждение", "утверждения", "утверждений")}, ${count(sources, "независимый источник", "независимых источника", "независимых источников")}`,
  groupVerdicts: { consistent: "согласуются", conflict: "расхождение", single: "одна цифра" },
  singlesHeading: (n) => `${count(n, "ряд", "ряда", "рядов")} данных с одной цифрой, без сравнений:`,
};
