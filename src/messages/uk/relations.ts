import type { RelationCatalogue } from "../en/relations.js";
import { createPlural } from "../numbers/plural.js";

// Read inside a pure call: a destructuring at the top level is a read a bundler keeps.
const count = /* @__PURE__ */ (() => createPlural("uk").count)();

const OPERANDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  conversion: { "values[0]": "перше значення", "values[1]": "друге значення" },
  "percent-change": { from: "початкове значення", to: "нове значення", rate: "темп зміни" },
  share: { part: "частина", whole: "ціле", share: "частка" },
  sum: { total: "сума" },
  difference: { a: "зменшуване", b: "від’ємник", difference: "різниця" },
  multiple: { base: "основа", result: "результат", factor: "множник" },
};

/** `parts[2]` → 3: parts are counted from one in words. */
const partNumber = (name: string): number | undefined => {
  if (!name.startsWith("parts[") || !name.endsWith("]")) return undefined;
  const n = Number(name.slice(6, -1));
  return Number.isInteger(n) ? n + 1 : undefined;
};

/** Ends a sentence, unless it already ends with an abbreviation's full stop ("2024 р."). */
const dot = (text: string): string => (text.endsWith(".") ? text : `${text}.`);

/** Ukrainian sentences of relation checks and ordinal checks. */
export const relations: RelationCatalogue = {
  kindLabel: {
    conversion: "Переведення одиниць",
    "percent-change": "Зміна у відсотках",
    share: "Частка від цілого",
    sum: "Сума частин",
    difference: "Різниця",
    multiple: "Кратність",
  },
  operandName: (kind, name) => {
    const part = partNumber(name);
    return part !== undefined ? `частина ${part}` : (OPERANDS[kind]?.[name] ?? name);
  },
  listSeparator: ", ",
  operandText: (name, text) => `${name} — «${text}»`,
  relationHolds: (label, operands, target, computed, stated, roundingOnly) =>
    `${label}: якщо ${operands}, то ${target} — ${computed}; заявлене «${stated}» з цим узгоджується${roundingOnly ? ", але лише з огляду на округлення чи формулювання" : ""}.`,
  relationFails: (label, operands, target, computed, stated, by) =>
    `${label}: якщо ${operands}, то ${target} — ${computed}, але заявлено «${stated}»: різниця щонайменше ${by}.`,
  valueImplied: (label, operands, target, implied) => `${label}: якщо ${operands}, то ${target} має становити ${implied}.`,
  sharesFit: (label, operands, total, remainder) => `${label}: ${operands} разом становлять ${total}, тобто не більше 100 %; на решту припадає ${remainder}.`,
  sharesExceed: (label, operands, total, by) => `${label}: ${operands} разом становлять ${total}, що більше за ціле щонайменше на ${by}.`,
  ordinalHolds: (stated, expected, window) => dot(`«${stated}» підтверджується: це подія № ${expected} ${window}`),
  ordinalFails: (stated, expected, window) => dot(`«${stated}» не підтверджується: це подія № ${expected} ${window}`),
  countHolds: (stated, expected, window) => dot(`«${stated}» підтверджується: ${count(expected, "подія", "події", "подій")} ${window}`),
  countFails: (stated, expected, window) => dot(`«${stated}» не підтверджується: ${count(expected, "подія", "події", "подій")} ${window}`),
  windowText: (since, until) => (since === undefined ? `у хронології до ${until}` : `у хронології з ${since} до ${until}`),
};
