import type { ExplainCatalogue } from "../en/explain.js";
import { createPlural } from "../numbers/plural.js";

// Read inside a pure call: a destructuring at the top level is a read a bundler keeps.
const count = /* @__PURE__ */ (() => createPlural("uk").count)();

const rangeOf = (p: { low?: unknown; high?: unknown; unit: string }, n: { range: (a: never, b: never, u: string) => string }): string | undefined =>
  p.low !== undefined && p.high !== undefined ? n.range(p.low as never, p.high as never, p.unit) : undefined;

/** Ukrainian sentences for comparisons, explanations and reconciliations. */
export const explain: ExplainCatalogue = {
  claimLabel: (text, source, period, modality, outlet) =>
    `${text} (${source}${period !== undefined ? `, ${period}` : ""}${modality !== "actual" ? `, ${modality}` : ""}${outlet !== undefined ? `, публікація: ${outlet}` : ""})`,
  modality: { actual: "фактичне значення", estimate: "оцінка", target: "цільовий показник", forecast: "прогноз", plan: "план" },
  modalities: (a, b) => `різний статус показника (${a} і ${b})`,
  consistent: (a, b, roundingOnly) =>
    roundingOnly
      ? `${a} і ${b} узгоджуються, але лише з огляду на округлення чи формулювання («понад», «близько»).`
      : `${a} і ${b} узгоджуються.`,
  conflict: (a, b) => `${a} і ${b} суперечать одне одному.`,
  repeatsConflict: (a, b) => `Це та сама розбіжність, що й між ${a} і ${b}; її враховано один раз.`,
  gap: (absolute, share, ratio) => `Різниця становить ${absolute}, або ${share} від більшої цифри${ratio !== undefined ? `; співвідношення ${ratio}` : ""}.`,
  notComparable: (a, b, reasons) => `${a} і ${b} не можна порівнювати: ${reasons.join(", ")}.`,
  reasons: {
    "different-metric": "різні показники",
    "different-subject": "різні суб’єкти",
    "different-scope": "різний обсяг (уточнення)",
    "different-period": "різні періоди",
    "different-modality": "різний статус показника",
    "incompatible-units": "несумісні одиниці виміру",
  },
  targetMet: (met) => (met ? "Фактичне значення досягає цільового показника." : "Фактичне значення не досягає цільового показника."),
  leadingExplanation: (strength, text) => (strength === "weak" ? `Можливо: ${text}.` : `Найімовірніше: ${text}.`),
  alsoPossible: (text) => `Також можливо: ${text}.`,
  ruledOut: (items) => `Відкинуто: ${items.join("; ")}.`,
  sentenceEnd: ".",
  capitalise: (text) => text.charAt(0).toUpperCase() + text.slice(1),

  mirrorStatistics: (e) =>
    `дзеркальна статистика — кожна країна-партнер сама звітує про цей потік, і ${e.higher} наводить більшу цифру, ніж ${e.lower} (співвідношення ${e.ratio})` +
    (e.follows !== undefined ? `; цифра без країни-джерела узгоджується з ${e.follows}` : "") +
    (e.trade
      ? e.beyond
        ? `. Звичайна різниця між цінами СІФ і ФОБ — близько ${e.margin} (коефіцієнт МВФ у статистиці напрямів торгівлі — ${e.typical}); розрив такого розміру значно перевищує витрати на фрахт і страхування і вказує на реекспорт, різний час обліку, віднесення до іншої країни-партнера, класифікацію товарів або заниження вартості в рахунках`
        : `. Це в межах звичайної різниці між цінами СІФ і ФОБ — близько ${e.margin} (коефіцієнт МВФ у статистиці напрямів торгівлі — ${e.typical})`
      : ""),
  systematicGap: (e) =>
    `систематичний розрив між джерелами — ${e.reporters !== undefined ? `тут ${e.reporters}, і ` : ""}подібний розрив є за ${e.others.join(", ")}` +
    (e.strength === "strong" ? ": ті самі дві методики обліку" : e.strength === "moderate" ? ": імовірно, ті самі дві методики обліку" : ""),
  otherPeriodGap: (period, ratio, reporters) => `${period} (співвідношення ${ratio}${reporters !== undefined ? `; ${reporters}` : ""})`,
  reportersAbove: (higher, lower) => `${higher} наводить більше, ніж ${lower}`,
  revision: (earlier, later, laterDate) =>
    `перегляд — те саме джерело оприлюднило ${later} після ${earlier}${laterDate !== undefined ? ` (${laterDate})` : ""}`,
  revisionUnordered: "перегляд — те саме джерело навело обидві цифри в різних публікаціях",
  copy: (copy, original, how) =>
    `копіювання — ${copy} повторює ${original}${how === "via" ? " з посиланням на нього" : how === "same-publication" ? " в тому самому тексті" : " в пізнішій публікації"}, тож це не незалежне підтвердження`,
  scaleSlip: (ratio, scale) => `помилка в порядку величини — співвідношення ${ratio} близьке до ${scale}`,
  unitSlip: (ratio, factor, larger, smaller) => `плутанина з одиницями — співвідношення ${ratio} близьке до ${factor}, коефіцієнта переведення між ${larger} і ${smaller}`,
  currencyRate: (ratio, from, to, rate) => `плутанина з валютами — співвідношення ${ratio} близьке до курсу ${from}→${to} ${rate}`,
  currencyAmbiguous: (candidates) => `плутанина з валютами — знак валюти може означати ${candidates.join(" або ")}`,
  periodShift: (claim, matches, period) => `зсув періоду — ${claim} збігається з ${matches} за ${period}`,
  basisSamePublication: (source) => `різна база обліку — ${source} наводить обидві цифри в одному тексті, імовірно, за двома різними методиками`,
  basisNouns: (nouns) => `різна база обліку — рахують різне (${nouns.join(" і ")})`,
  looseRounding: (distance, step) => `грубе округлення — інтервали розходяться на ${distance}, тобто в межах одного кроку округлення (${step})`,
  approximation: (share, tolerance) => `наближеність — різниця становить ${share} від більшої цифри, у межах ±${tolerance}, які допускає приблизна цифра`,
  unitNames: { km: "кілометром", m: "метром", mi: "милею", t: "тонною", kg: "кілограмом", lb: "фунтом" },
  scaleNames: { 3: "тисячі", 6: "мільйона", 9: "мільярда", 12: "трильйона" },

  ruledOutReasons: {
    "gap-exceeds-rounding": (e) => `округлення (інтервали розходяться на ${e.distance}, більше ніж крок округлення ${e.step})`,
    "gap-exceeds-tolerance": (e) => `наближеність (різниця ${e.share} перевищує ±${e.tolerance})`,
    "ratio-not-power-of-ten": (e) => `помилка в порядку величини (співвідношення ${e.ratio} не близьке ні до тисячі, ні до мільйона, ні до мільярда)`,
    "ratio-matches-no-unit-factor": (e) => `плутанина з одиницями (співвідношення ${e.ratio} не відповідає жодному коефіцієнту переведення)`,
    "ratio-matches-no-rate": (e) =>
      e.rates === 0
        ? "плутанина з валютами (валюта одна, обмінний курс не застосовується)"
        : `плутанина з валютами (співвідношення ${e.ratio} не відповідає жодному із заданих курсів, а їх ${e.rates})`,
    "not-partner-reporters": () => "дзеркальна статистика (цифри походять не від власних органів обох країн-партнерів)",
    "different-sources": () => "перегляд (джерела різні)",
    "no-neighbour-match": () => "зсув періоду (жодна цифра сусіднього періоду не збігається)",
    "no-similar-gap": (e) => `систематичний розрив між джерелами (за інші періоди співвідношення, подібного до ${e.ratio}, немає)`,
  },

  methodNames: {
    intersection: "перетину",
    "attributed-range": "діапазону із зазначенням джерел",
    "preferred-source": "пріоритетного джерела",
    "latest-revision": "останнього перегляду",
    median: "медіани",
    "reliability-weighted": "зважування за надійністю",
    "mirror-statistics": "дзеркальної статистики",
  },
  reconciliation: (method, estimate, note) => (note !== undefined ? `Узгоджено методом ${method}. ${note}` : `Узгоджено методом ${method}: ${estimate}.`),
  support: (support, dissent) => `Підтримують: ${count(support, "твердження", "твердження", "тверджень")}; не погоджуються: ${count(dissent, "твердження", "твердження", "тверджень")}.`,
  fallbacks: {
    "no-ranked-source": "Жодного з джерел немає в рейтингу.",
    "no-mirror-pair": "Для дзеркальної статистики потрібні цифри від власних органів кожної з країн-партнерів.",
    "no-stated-figure": "Для медіани чи зваженого середнього потрібне хоча б одне твердження з конкретною цифрою, а не лише з межею.",
  },
  notes: {
    "intersection-all": (p, ctx) => {
      const range = rangeOf(p, ctx.n);
      return `Усі ${count(p.agreeing, "різна цифра", "різні цифри", "різних цифр")} узгоджуються${range !== undefined ? `: ${range}` : ""}.`;
    },
    "intersection-largest": (p, ctx) => {
      const range = rangeOf(p, ctx.n);
      return `Не всі цифри узгоджуються; найбільша узгоджена група (${p.agreeing} з ${p.total})${range !== undefined ? ` дає ${range}` : " — їхній перетин"}.`;
    },
    "attributed-range": (p, ctx) => {
      const low = p.lowParties.map(ctx.party).join(", ");
      const high = p.highParties.map(ctx.party).join(", ");
      const range = ctx.n.range(p.low, p.high, p.unit);
      return low === high ? `${range}: обидві межі наводить ${low}.` : `${range}: меншу цифру наводить ${low}, більшу — ${high}.`;
    },
    "attributed-agree": (p, ctx) => `Усі сторони наводять ${ctx.n.amount(p.value, p.unit)}.`,
    "preferred-source": (p) => `Цифра пріоритетного джерела — ${p.source}.`,
    "latest-revision": (p) => (p.date === undefined ? "Дат публікації немає: усі цифри вважаються однаково свіжими." : `Найновіша публікація (${p.date}).`),
    median: (p, ctx) => `Медіана ${count(p.figures, "різної цифри", "різних цифр", "різних цифр")}: ${ctx.n.amount(p.value, p.unit)}.`,
    "reliability-weighted": (p, ctx) => `Зважено за надійністю ${count(p.sources, "джерела", "джерел", "джерел")}: ${ctx.n.amount(p.value, p.unit)}.`,
    "mirror-statistics": (p, ctx) => {
      const typical = ctx.n.ratio(p.cifFob);
      const ratio = p.ratio === undefined ? undefined : ctx.n.ratio(p.ratio);
      return [
        `${p.figures.map((f) => `${ctx.party(f.country)} повідомляє ${ctx.n.amount(f.value, p.unit)}`).join(", ")}${
          p.importer !== undefined ? ` (цифру країни-імпортера, ${ctx.party(p.importer)}, у цінах СІФ зведено до цін ФОБ із коефіцієнтом ${typical})` : ""
        }; зважена оцінка — ${ctx.n.amount(p.estimate, p.unit)}.`,
        ratio === undefined
          ? ""
          : p.beyondTypical
            ? ` Співвідношення ${ratio} значно перевищує типовий ${p.trade ? "для цін СІФ і ФОБ " : ""}коефіцієнт ${typical}: оцінка — це компроміс між двома методиками обліку, а не вимірювання.`
            : ` Співвідношення ${ratio} не виходить за межі типового ${p.trade ? "для цін СІФ і ФОБ " : ""}розриву (коефіцієнт ${typical}).`,
      ].join("");
    },
  },

  reportHeading: (claims, series) =>
    `Звіт про розбіжності: ${count(claims, "твердження", "твердження", "тверджень")} у ${count(series, "ряді", "рядах", "рядах")} даних.`,
  reportCounts: (comparisons, consistent, conflicts, notComparable) =>
    `${count(comparisons, "порівняння", "порівняння", "порівнянь")}: ${count(consistent, "узгоджене", "узгоджені", "узгоджених")}, ${count(conflicts, "розбіжність", "розбіжності", "розбіжностей")}, ${count(notComparable, "непорівнюване", "непорівнювані", "непорівнюваних")}.`,
  conflictsHeading: "Розбіжності",
  noConflicts: "Розбіжностей немає.",
  seriesHeading: "Ряди даних",
  subjectJoin: (subject, direction) => (direction ? subject.join(" → ") : subject.length === 2 ? subject.join(" і ") : subject.join(", ")),
  metricNames: {
    "trade turnover": "товарообіг",
    exports: "експорт",
    imports: "імпорт",
    "foreign direct investment": "прямі іноземні інвестиції",
    investment: "інвестиції",
    GDP: "ВВП",
    debt: "борг",
    population: "чисельність населення",
    production: "виробництво",
    "freight volume": "обсяг вантажних перевезень",
    "agreements signed": "підписані угоди",
    projects: "проєкти",
    visits: "візити",
    summits: "саміти",
    anniversary: "річниця",
    "border length": "протяжність кордону",
    "recognized ethnic groups": "визнані етнічні групи",
    "ethnic groups": "етнічні групи",
    "tourist arrivals": "кількість туристів",
    jobs: "робочі місця",
    budget: "бюджет",
    revenue: "доходи",
    inflation: "інфляція",
    unemployment: "безробіття",
    reserves: "резерви",
    wages: "заробітна плата",
    aid: "допомога",
  },
  qualifierKeys: {
    basis: "база обліку",
    kind: "вид",
    type: "тип",
    category: "категорія",
    window: "період підрахунку",
    format: "формат",
    scope: "охоплення",
    method: "методика",
    sector: "галузь",
    flow: "потік",
    product: "товар",
  },
  qualifier: (key, value) => `${key}: ${value}`,
  seriesTitle: (metric, subject, qualifiers) => `${metric}${subject !== "" ? ` — ${subject}` : ""}${qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : ""}`,
  groupTitle: (series, period, modality, actual) => `${series}, ${period ?? "без періоду"}${!actual ? ` (${modality})` : ""}`,
  groupLine: (period, modality, claims, sources, verdict) =>
    `${period ?? "без періоду"}, ${modality}: ${verdict} — ${count(claims, "твердження", "твердження", "тверджень")}, ${count(sources, "незалежне джерело", "незалежні джерела", "незалежних джерел")}`,
  groupVerdicts: { consistent: "узгоджуються", conflict: "розбіжність", single: "одна цифра" },
  singlesHeading: (n) => `${count(n, "ряд", "ряди", "рядів")} даних з однією цифрою, без порівнянь:`,
};

