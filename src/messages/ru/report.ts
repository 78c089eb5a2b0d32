import type { ReportCatalogue } from "../en/report.js";
import { createPlural } from "../numbers/plural.js";

// One binding each, read inside a pure call: a destructuring at the top level is a read a bundler keeps.
const count = /* @__PURE__ */ (() => createPlural("ru").count)();
const num = /* @__PURE__ */ (() => createPlural("ru").num)();

const EXPLANATION_NAMES: Readonly<Record<string, string>> = {
  "mirror-statistics": "зеркальная статистика",
  "systematic-source-gap": "систематическое расхождение источников",
  revision: "пересмотр",
  copy: "копирование",
  "scale-slip": "ошибка в порядке величины",
  "unit-slip": "путаница с единицами",
  "currency-confusion": "путаница с валютами",
  "period-shift": "сдвиг периода",
  "different-basis": "разная база учёта",
  rounding: "округление",
  approximation: "приблизительность",
};

const RULED_OUT: Readonly<Record<string, string>> = {
  "gap-exceeds-rounding": "разница больше шага округления",
  "gap-exceeds-tolerance": "разница больше допуска",
  "ratio-not-power-of-ten": "соотношение не близко к степени десяти",
  "ratio-matches-no-unit-factor": "соотношение не соответствует ни одному коэффициенту перевода",
  "ratio-matches-no-rate": "соотношение не соответствует ни одному курсу",
  "not-partner-reporters": "цифры не от органов стран-партнёров",
  "different-sources": "источники разные",
  "no-neighbour-match": "в соседних периодах совпадений нет",
  "no-similar-gap": "похожего расхождения за другие периоды нет",
};

const REASONS: Readonly<Record<string, string>> = {
  "different-metric": "разные показатели",
  "different-subject": "разные субъекты",
  "different-scope": "разный охват",
  "different-period": "разные периоды",
  "different-modality": "разный статус показателя",
  "incompatible-units": "несовместимые единицы измерения",
};

const claims = (n: number): string => count(n, "утверждение", "утверждения", "утверждений");

/** Russian headings, table columns and short labels of the reports. */
export const report: ReportCatalogue = {
  explanationNames: EXPLANATION_NAMES,
  explanationLabel: (code, strength) => `${EXPLANATION_NAMES[code] ?? code} (${strength})`,
  ruledOutLabel: (code, reason) => `${EXPLANATION_NAMES[code] ?? code}: ${RULED_OUT[reason] ?? reason}`,
  strength: { strong: "вероятность высокая", moderate: "вероятность средняя", weak: "вероятность низкая" },
  fullStop: ".",
  reportTitle: "Отчёт о расхождениях",
  summaryLine: (s) =>
    `${claims(s.claims)} в ${count(s.series, "ряду", "рядах", "рядах")} данных; ${count(s.comparisons, "сравнение", "сравнения", "сравнений")}: ` +
    `${count(s.conflicts, "расхождение", "расхождения", "расхождений")}, ${count(s.consistent, "согласованное", "согласованных", "согласованных")}, ${count(s.notComparable, "несопоставимое", "несопоставимых", "несопоставимых")}`,
  conflictsHeading: "Расхождения",
  noConflicts: "Расхождений нет: все сопоставимые пары утверждений согласуются.",
  seriesHeading: "Ряды данных",
  conflictColumns: ["№", "Ряд данных", "Период", "Цифра", "Источник", "Цифра", "Источник", "Разница", "От большей", "Соотношение", "Объяснение"],
  groupColumns: ["Ряд данных", "Период", "Статус показателя", "Вывод", "Утверждения", "Согласование"],
  verdictWords: { conflict: "расхождение", consistent: "согласуются", single: "одна цифра", "not-comparable": "несопоставимы" },
  inOutlet: (outlet) => `, публикация: ${outlet}`,
  gapLine: (gap, share, ratio) => `разница ${gap} (${share} от большей)${ratio === "" ? "" : `, соотношение ${ratio}`}`,
  likelyLine: (labels) => `вероятно: ${labels.join("; ")}`,
  ruledOutLine: (labels) => `отклонено: ${labels.join("; ")}`,
  reconciledLine: (note) => `согласовано: ${note}`,
  noPeriod: "без периода",

  relationsHeading: "Арифметические связи и хронология",
  relationColumns: ["№", "Проверка", "Вывод", "Что из неё следует"],
  relationSummary: (relations, ordinals, conflicts, implied) =>
    `${count(relations, "связь", "связи", "связей")} и ${count(ordinals, "проверка по хронологии", "проверки по хронологии", "проверок по хронологии")}: ` +
    `${count(conflicts, "расхождение", "расхождения", "расхождений")}, ${count(implied, "выведенное значение", "выведенных значения", "выведенных значений")}`,

  corpusTitle: (method) => `Согласование корпуса (${method})`,
  corpusMethodNames: { "truth-discovery": "поиск истины", accu: "поиск истины с байесовской точностью источников", "truth-finder": "поиск истины (TruthFinder)", majority: "голосование большинством", median: "медиана" },
  corpusSummary: (s) =>
    `${claims(s.claims)} из ${count(s.sources, "источника", "источников", "источников")}: ${count(s.estimates, "оценка", "оценки", "оценок")}, спорных — ${num(s.contested)}`,
  corpusRounds: (rounds, converged) =>
    converged
      ? `Сходимость достигнута после ${count(rounds, "итерации", "итераций", "итераций")}.`
      : `Остановлено после ${count(rounds, "итерации", "итераций", "итераций")} без сходимости (увеличьте maxIterations).`,
  contestedHeading: "Спорные оценки",
  noContested: "Нет: утверждения каждой оценки согласуются.",
  confidenceWord: "уверенность",
  supportWord: "за",
  dissentWord: "против",
  sourcesHeading: "Источники, от наименее надёжных",
  claimCount: claims,
  contestedColumns: ["№", "Ряд данных", "Период", "Оценка", "Уверенность", "За", "Против"],
  sourceColumns: ["Источник", "Надёжность", "Утверждения"],
  copyingColumn: "Копирование",
  moreRows: (n) => `… и ещё ${num(n)} (formatCorpusReconciliation выводит все)`,
  copyingWord: "копирование",

  claimReviewed: (text, source, period) => `${source}: ${text}${period === undefined ? "" : ` (${period})`}`,
  claimReviewRating: (verdict) =>
    verdict === "conflict" ? "Противоречит другому источнику" : verdict === "consistent" ? "Согласуется с другим источником" : "Несопоставимые данные",
  claimReviewExplanation: (f) => {
    const both = `${f.reviewed.source} приводит ${f.reviewed.text}; ${f.other.source} — ${f.other.text}${f.period === undefined ? "" : ` (за ${f.period})`}.`;
    if (f.verdict === "consistent") return `${both} Цифры согласуются в пределах того, что допускает их формулировка.`;
    if (f.verdict === "not-comparable") return `${both} Они относятся к разному (${f.reasons.map((r) => REASONS[r] ?? r).join(", ")}).`;
    return `${both} Цифры противоречат друг другу${f.gap === undefined ? "" : `: разница ${f.gap} (${f.share} от большей${f.ratio === undefined ? "" : `, соотношение ${f.ratio}`})`}.${
      f.likely === undefined ? "" : f.likelyStrength === "weak" ? ` Возможное объяснение: ${f.likely}.` : ` Наиболее вероятное объяснение: ${f.likely}.`
    }`;
  },
};
