import type { ReportCatalogue } from "../en/report.js";
import { createPlural } from "../numbers/plural.js";

// One binding each, read inside a pure call: a destructuring at the top level is a read a bundler keeps.
const count = /* @__PURE__ */ (() => createPlural("uk").count)();
const num = /* @__PURE__ */ (() => createPlural("uk").num)();

const EXPLANATION_NAMES: Readonly<Record<string, string>> = {
  "mirror-statistics": "дзеркальна статистика",
  "systematic-source-gap": "систематичний розрив між джерелами",
  revision: "перегляд",
  copy: "копіювання",
  "scale-slip": "помилка в порядку величини",
  "unit-slip": "плутанина з одиницями",
  "currency-confusion": "плутанина з валютами",
  "period-shift": "зсув періоду",
  "different-basis": "різна база обліку",
  rounding: "округлення",
  approximation: "наближеність",
};

const RULED_OUT: Readonly<Record<string, string>> = {
  "gap-exceeds-rounding": "розрив більший за крок округлення",
  "gap-exceeds-tolerance": "розрив більший за допуск",
  "ratio-not-power-of-ten": "співвідношення не близьке до степеня десяти",
  "ratio-matches-no-unit-factor": "співвідношення не відповідає жодному коефіцієнту переведення",
  "ratio-matches-no-rate": "співвідношення не відповідає жодному курсу",
  "not-partner-reporters": "цифри не від органів країн-партнерів",
  "different-sources": "джерела різні",
  "no-neighbour-match": "у сусідніх періодах збігів немає",
  "no-similar-gap": "подібного розриву за інші періоди немає",
};

const REASONS: Readonly<Record<string, string>> = {
  "different-metric": "різні показники",
  "different-subject": "різні суб’єкти",
  "different-scope": "різний обсяг",
  "different-period": "різні періоди",
  "different-modality": "різний статус показника",
  "incompatible-units": "несумісні одиниці виміру",
};

const claims = (n: number): string => count(n, "твердження", "твердження", "тверджень");

/** Ukrainian headings, table columns and short labels of the reports. */
export const report: ReportCatalogue = {
  explanationNames: EXPLANATION_NAMES,
  explanationLabel: (code, strength) => `${EXPLANATION_NAMES[code] ?? code} (${strength})`,
  ruledOutLabel: (code, reason) => `${EXPLANATION_NAMES[code] ?? code}: ${RULED_OUT[reason] ?? reason}`,
  strength: { strong: "імовірність висока", moderate: "імовірність середня", weak: "імовірність низька" },
  fullStop: ".",
  reportTitle: "Звіт про розбіжності",
  summaryLine: (s) =>
    `${claims(s.claims)} у ${count(s.series, "ряді", "рядах", "рядах")} даних; ${count(s.comparisons, "порівняння", "порівняння", "порівнянь")}: ` +
    `${count(s.conflicts, "розбіжність", "розбіжності", "розбіжностей")}, ${count(s.consistent, "узгоджене", "узгоджені", "узгоджених")}, ${count(s.notComparable, "непорівнюване", "непорівнювані", "непорівнюваних")}`,
  conflictsHeading: "Розбіжності",
  noConflicts: "Розбіжностей немає: усі порівнювані пари тверджень узгоджуються.",
  seriesHeading: "Ряди даних",
  conflictColumns: ["№", "Ряд даних", "Період", "Цифра", "Джерело", "Цифра", "Джерело", "Різниця", "Від більшої", "Співвідношення", "Пояснення"],
  groupColumns: ["Ряд даних", "Період", "Статус показника", "Висновок", "Твердження", "Узгодження"],
  verdictWords: { conflict: "розбіжність", consistent: "узгоджуються", single: "одна цифра", "not-comparable": "непорівнювані" },
  inOutlet: (outlet) => `, публікація: ${outlet}`,
  gapLine: (gap, share, ratio) => `різниця ${gap} (${share} від більшої)${ratio === "" ? "" : `, співвідношення ${ratio}`}`,
  likelyLine: (labels) => `імовірно: ${labels.join("; ")}`,
  ruledOutLine: (labels) => `відкинуто: ${labels.join("; ")}`,
  reconciledLine: (note) => `узгоджено: ${note}`,
  noPeriod: "без періоду",

  relationsHeading: "Арифметичні зв’язки та хронологія",
  relationColumns: ["№", "Перевірка", "Висновок", "Що з неї випливає"],
  relationSummary: (relations, ordinals, conflicts, implied) =>
    `${count(relations, "зв’язок", "зв’язки", "зв’язків")} і ${count(ordinals, "перевірка за хронологією", "перевірки за хронологією", "перевірок за хронологією")}: ` +
    `${count(conflicts, "розбіжність", "розбіжності", "розбіжностей")}, ${count(implied, "виведене значення", "виведені значення", "виведених значень")}`,

  corpusTitle: (method) => `Узгодження корпусу (${method})`,
  corpusMethodNames: { "truth-discovery": "пошук істини", accu: "пошук істини з байєсівською точністю джерел", "truth-finder": "пошук істини (TruthFinder)", majority: "голосування більшістю", median: "медіана" },
  corpusSummary: (s) =>
    `${claims(s.claims)} від ${count(s.sources, "джерела", "джерел", "джерел")}: ${count(s.estimates, "оцінка", "оцінки", "оцінок")}, спірних — ${num(s.contested)}`,
  corpusRounds: (rounds, converged) =>
    converged
      ? `Збіжність досягнуто після ${count(rounds, "ітерації", "ітерацій", "ітерацій")}.`
      : `Зупинено після ${count(rounds, "ітерації", "ітерацій", "ітерацій")} без збіжності (збільште maxIterations).`,
  contestedHeading: "Спірні оцінки",
  noContested: "Немає: твердження кожної оцінки узгоджуються.",
  confidenceWord: "упевненість",
  supportWord: "за",
  dissentWord: "проти",
  sourcesHeading: "Джерела, від найменш надійних",
  claimCount: claims,
  contestedColumns: ["№", "Ряд даних", "Період", "Оцінка", "Упевненість", "За", "Проти"],
  sourceColumns: ["Джерело", "Надійність", "Твердження"],
  copyingColumn: "Копіювання",
  moreRows: (n) => `… і ще ${num(n)} (formatCorpusReconciliation виводить усі)`,
  copyingWord: "копіювання",

  claimReviewed: (text, source, period) => `${source}: ${text}${period === undefined ? "" : ` (${period})`}`,
  claimReviewRating: (verdict) =>
    verdict === "conflict" ? "Суперечить іншому джерелу" : verdict === "consistent" ? "Узгоджується з іншим джерелом" : "Непорівнювані дані",
  claimReviewExplanation: (f) => {
    const both = `${f.reviewed.source} наводить ${f.reviewed.text}; ${f.other.source} — ${f.other.text}${f.period === undefined ? "" : ` (за ${f.period})`}.`;
    if (f.verdict === "consistent") return `${both} Цифри узгоджуються в межах того, що допускає їхнє формулювання.`;
    if (f.verdict === "not-comparable") return `${both} Вони стосуються різного (${f.reasons.map((r) => REASONS[r] ?? r).join(", ")}).`;
    return `${both} Цифри суперечать одна одній${f.gap === undefined ? "" : `: різниця ${f.gap} (${f.share} від більшої${f.ratio === undefined ? "" : `, співвідношення ${f.ratio}`})`}.${
      f.likely === undefined ? "" : f.likelyStrength === "weak" ? ` Можливе пояснення: ${f.likely}.` : ` Найімовірніше пояснення: ${f.likely}.`
    }`;
  },
};
