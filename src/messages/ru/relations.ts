import type { RelationCatalogue } from "../en/relations.js";
import { createPlural } from "../numbers/plural.js";

// Read inside a pure call: a destructuring at the top level is a read a bundler keeps.
const count = /* @__PURE__ */ (() => createPlural("ru").count)();

const OPERANDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  conversion: { "values[0]": "первое значение", "values[1]": "второе значение" },
  "percent-change": { from: "исходное значение", to: "новое значение", rate: "темп изменения" },
  share: { part: "часть", whole: "целое", share: "доля" },
  sum: { total: "сумма" },
  difference: { a: "уменьшаемое", b: "вычитаемое", difference: "разность" },
  multiple: { base: "основа", result: "результат", factor: "множитель" },
};

const partNumber = (name: string): number | undefined => {
  if (!name.startsWith("parts[") || !name.endsWith("]")) return undefined;
  const n = Number(name.slice(6, -1));
  return Number.isInteger(n) ? n + 1 : undefined;
};

/** Ends a sentence, unless it already ends with an abbreviation's full stop ("2024 г."). */
const dot = (text: string): string => (text.endsWith(".") ? text : `${text}.`);

/** Russian sentences of relation checks and ordinal checks. */
export const relations: RelationCatalogue = {
  kindLabel: {
    conversion: "Перевод единиц",
    "percent-change": "Изменение в процентах",
    share: "Доля от целого",
    sum: "Сумма частей",
    difference: "Разность",
    multiple: "Кратность",
  },
  operandName: (kind, name) => {
    const part = partNumber(name);
    return part !== undefined ? `часть ${part}` : (OPERANDS[kind]?.[name] ?? name);
  },
  listSeparator: ", ",
  operandText: (name, text) => `${name} — «${text}»`,
  relationHolds: (label, operands, target, computed, stated, roundingOnly) =>
    `${label}: если ${operands}, то ${target} — ${computed}; заявленное «${stated}» с этим согласуется${roundingOnly ? ", но лишь с учётом округления или формулировки" : ""}.`,
  relationFails: (label, operands, target, computed, stated, by) =>
    `${label}: если ${operands}, то ${target} — ${computed}, но заявлено «${stated}»: разница не менее ${by}.`,
  valueImplied: (label, operands, target, implied) => `${label}: если ${operands}, то ${target} по расчёту составляет ${implied}.`,
  sharesFit: (label, operands, total, remainder) => `${label}: ${operands} в сумме дают ${total}, то есть не более 100 %; на остальное приходится ${remainder}.`,
  sharesExceed: (label, operands, total, by) => `${label}: ${operands} в сумме дают ${total}, что больше целого не менее чем на ${by}.`,
  ordinalHolds: (stated, expected, window) => dot(`«${stated}» подтверждается: это событие № ${expected} ${window}`),
  ordinalFails: (stated, expected, window) => dot(`«${stated}» не подтверждается: это событие № ${expected} ${window}`),
  countHolds: (stated, expected, window) => dot(`«${stated}» подтверждается: ${count(expected, "событие", "события", "событий")} ${window}`),
  countFails: (stated, expected, window) => dot(`«${stated}» не подтверждается: ${count(expected, "событие", "события", "событий")} ${window}`),
  windowText: (since, until) => (since === undefined ? `в хронологии до ${until}` : `в хронологии с ${since} по ${until}`),
};
