import type { IssueCatalogue } from "../en/issues.js";

const TYPES: Readonly<Record<string, string>> = { string: "текст", number: "число", object: "об’єкт", array: "масив", boolean: "логічне значення" };

/** Ukrainian words for the common validation issues (the rest keep their English message). */
export const issues: IssueCatalogue = {
  invalid_type: (p, input) => (input === undefined ? "обов’язкове поле" : `неправильний тип: очікується ${TYPES[String(p["expected"])] ?? String(p["expected"])}`),
  unrecognized_keys: (p) => `невідомі поля: ${(p["keys"] as readonly string[]).join(", ")}`,
  too_big: (p) => `задовге або завелике значення (максимум ${String(p["maximum"])})`,
  too_small: () => "порожнє або замале значення",
  "unknown-unit": (p) => `невідома одиниця виміру «${String(p["unit"])}»`,
  "unit-mismatch": (p) => `одиниця «${String(p["unit"])}» суперечить одиниці, записаній у значенні («${String(p["written"])}»)`,
  "duplicate-id": (p) => `однаковий ідентифікатор «${String(p["id"])}» у записах ${Number(p["record"]) + 1} і ${Number(p["first"]) + 1}, які різняться; жоден не враховано`,
  "unknown-key": (p) => `невідомий ключ «${String(p["key"])}»${p["suggestion"] === undefined ? "" : ` (можливо, «${String(p["suggestion"])}»?)`}`,
  "more-issues": (p) => `і ще проблем: ${String(p["count"])}`,
  "not-a-claim": () => "очікується об’єкт твердження",
  "not-a-list": () => "очікується масив тверджень або { \"claims\": [...] }",
  "invalid-period": () => "не вдалося прочитати період",
  "invalid-quantity": () => "не вдалося прочитати кількість",
};
