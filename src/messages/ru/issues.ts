import type { IssueCatalogue } from "../en/issues.js";

const TYPES: Readonly<Record<string, string>> = { string: "текст", number: "число", object: "объект", array: "массив", boolean: "логическое значение" };

/** Russian words for the common validation issues (the rest keep their English message). */
export const issues: IssueCatalogue = {
  invalid_type: (p, input) => (input === undefined ? "обязательное поле" : `неверный тип: ожидается ${TYPES[String(p["expected"])] ?? String(p["expected"])}`),
  unrecognized_keys: (p) => `неизвестные поля: ${(p["keys"] as readonly string[]).join(", ")}`,
  too_big: (p) => `слишком длинное или большое значение (максимум ${String(p["maximum"])})`,
  too_small: () => "пустое или слишком малое значение",
  "unknown-unit": (p) => `неизвестная единица измерения «${String(p["unit"])}»`,
  "unit-mismatch": (p) => `единица «${String(p["unit"])}» противоречит единице, записанной в значении («${String(p["written"])}»)`,
  "duplicate-id": (p) => `одинаковый идентификатор «${String(p["id"])}» в записях ${Number(p["record"]) + 1} и ${Number(p["first"]) + 1}, которые различаются; ни одна не учтена`,
  "unknown-key": (p) => `неизвестный ключ «${String(p["key"])}»${p["suggestion"] === undefined ? "" : ` (возможно, «${String(p["suggestion"])}»?)`}`,
  "more-issues": (p) => `и ещё проблем: ${String(p["count"])}`,
  "not-a-claim": () => "ожидается объект утверждения",
  "not-a-list": () => "ожидается массив утверждений или { \"claims\": [...] }",
  "invalid-period": () => "не удалось прочитать период",
  "invalid-quantity": () => "не удалось прочитать количество",
};
