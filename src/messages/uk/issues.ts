import type { IssueCatalogue } from "../en/issues.js";
import { createPlural } from "../numbers/plural.js";

const plural = /* @__PURE__ */ createPlural("uk");
const s = (value: unknown): string => String(value);
const q = (value: unknown): string => `«${String(value)}»`;
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const n = (value: unknown): string => (typeof value === "number" ? plural.num(value) : String(value));
const chars = (value: unknown): string => plural.count(Number(value), "символ", "символи", "символів");
const items = (value: unknown): string => plural.count(Number(value), "елемент", "елементи", "елементів");
const unit = (p: Readonly<Record<string, unknown>>): string => `(одиниця ${q(p["unit"])})`;
const got = (input: unknown): string => (typeof input === "string" ? `: ${q(input)}` : "");

const TYPES: Readonly<Record<string, string>> = {
  string: "текст", number: "число", int: "ціле число", bigint: "ціле число", object: "об’єкт", array: "масив", boolean: "логічне значення",
  null: "порожнє значення", date: "дата", record: "об’єкт", tuple: "масив", map: "словник", set: "множина",
};
const FORMATS: Readonly<Record<string, string>> = {
  regex: "текст потрібного вигляду", email: "адреса електронної пошти", url: "вебадреса", date: "дата", datetime: "дата й час", time: "час", uuid: "ідентифікатор",
};
const KINDS = '«conversion», «percent-change», «share», «sum», «difference», «multiple»';

/** Ukrainian words for every validation issue the library reports, zod's codes included. */
export const issues: IssueCatalogue = {
  invalid_type: (p, input) => (input === undefined ? "обов’язкове поле" : `неправильний тип: очікується ${TYPES[s(p["expected"])] ?? "інший тип"}`),
  too_small: (p) =>
    p["origin"] === "string"
      ? Number(p["minimum"]) <= 1 ? "порожній текст" : `закороткий текст: потрібно щонайменше ${chars(p["minimum"])}`
      : p["origin"] === "array" ? `замало елементів: потрібно щонайменше ${items(p["minimum"])}`
      : p["inclusive"] === false ? `замале значення: має бути більше за ${n(p["minimum"])}` : `замале значення: має бути не менше ${n(p["minimum"])}`,
  too_big: (p) =>
    p["origin"] === "string" ? `задовгий текст: щонайбільше ${chars(p["maximum"])}`
    : p["origin"] === "array" ? `забагато елементів: щонайбільше ${items(p["maximum"])}`
    : p["inclusive"] === false ? `завелике значення: має бути менше за ${n(p["maximum"])}` : `завелике значення: має бути не більше ${n(p["maximum"])}`,
  invalid_format: (p) => `неправильний формат${FORMATS[s(p["format"])] === undefined ? "" : `: очікується ${FORMATS[s(p["format"])]}`}`,
  not_multiple_of: (p) => `значення має бути кратним ${n(p["divisor"])}`,
  unrecognized_keys: (p) => `${list(p["keys"]).length > 1 ? "невідомі поля" : "невідоме поле"} ${list(p["keys"]).map(q).join(", ")}`,
  invalid_union: () => "значення не відповідає жодному з дозволених видів",
  invalid_key: () => "неприпустимий ключ",
  invalid_element: () => "неприпустимий елемент",
  invalid_value: (p) => `неприпустиме значення: очікується одне з ${list(p["values"]).map(q).join(", ")}`,
  custom: (_p, input) => `неприпустиме значення${got(input)}`,
  "duplicate-id": (p) => `однаковий ідентифікатор ${q(p["id"])} у записах ${Number(p["record"]) + 1} і ${Number(p["first"]) + 1}, які різняться; жоден не враховано`,
  "repeated-record": (p) => `запис ${Number(p["record"]) + 1} повторює запис ${Number(p["first"]) + 1}`,
  "more-issues": (p) => `і ще ${plural.count(Number(p["count"]), "проблема", "проблеми", "проблем")}`,
  "unknown-unit": (p) => `невідома одиниця виміру ${q(p["unit"])}`,
  "unit-mismatch": (p) => `одиниця ${q(p["unit"])} суперечить одиниці, записаній у значенні (${q(p["written"])})`,
  "unknown-key": (p) => `невідомий ключ ${q(p["key"])}${p["suggestion"] === undefined ? "" : ` (можливо, ${q(p["suggestion"])}?)`}`,
  "too-many-digits": (p) => `у числі ${q(p["amount"])} більше ніж ${plural.count(Number(p["maximum"]), "значуща цифра", "значущі цифри", "значущих цифр")}`,
  "not-a-claim": () => "очікується об’єкт твердження",
  "not-a-list": () => "очікується масив тверджень або об’єкт з полем «claims»",
  "too-deep": (p) => `вкладеність глибша за ${plural.count(Number(p["maximum"]), "рівень", "рівні", "рівнів")}`,
  "reserved-key": (p) => `зарезервований ключ ${q(p["key"])}`,
  "not-text": (_p, input) => `очікується текст${got(input)}`,
  "invalid-period": (_p, input) => `не вдалося прочитати період${got(input)}`,
  "invalid-quantity": (_p, input) => `не вдалося прочитати кількість${got(input)}`,
  "invalid-claim": () => "неправильне твердження",
  "invalid-unit": (_p, input) => `неправильна одиниця виміру${got(input)}`,
  "invalid-argument": (_p, input) => `неприпустиме значення${got(input)}`,
  "missing-rate": () => "немає обмінного курсу для цього перерахунку",
  "not-a-relation": () => "очікується об’єкт співвідношення з полем «kind», наприклад «share»",
  "unknown-relation-kind": (p) => `невідомий вид співвідношення ${q(p["kind"])}; очікується один із: ${KINDS}`,
  "too-many-missing": (p) => `виведеним може бути лише один операнд, а бракує кількох: ${list(p["names"]).map(q).join(", ")}`,
  "needs-pair": (p) => `${q(p["field"])} має бути масивом із двох операндів`,
  "needs-parts": () => "«parts» має бути непорожнім масивом операндів",
  "needs-unit": () => "для виведеного значення потрібна одиниця виміру: укажіть «unit»",
  "not-a-percent": (p) => `очікується відсоток, наприклад «3,5%», отримано ${q(p["text"])} ${unit(p)}`,
  "not-a-factor": (p) => `очікується множник, наприклад 2, «2×» або «200%», отримано ${q(p["text"])} ${unit(p)}`,
  "not-an-amount": (p) => `порядковий номер (${q(p["text"])}) не може брати участі в обчисленнях`,
  "unknown-fields": (p) => `${list(p["keys"]).length > 1 ? "невідомі поля" : "невідоме поле"} ${list(p["keys"]).map(q).join(", ")}`,
  "unknown-claim": (p) => `немає твердження з ідентифікатором ${q(p["id"])}`,
  "claim-or-value": () => "укажіть «claim» або «ordinal»/«count», але не обидва",
  "needs-event": () => "укажіть «event» (дату або назву події) чи використайте твердження, період якого — день, місяць або рік",
  "claim-without-timeline": () => "перевірка порядкових номерів потребує хронології: укажіть «timeline» з подіями або відповідний параметр",
  "timeline-file": (p) => `файл хронології ${q(p["file"])} має прочитати сам виклик і передати його вміст як параметр «timeline»`,
  "invalid-date": (p) => `неправильна дата (очікується РРРР-ММ-ДД, РРРР-ММ або РРРР): ${q(p["text"])}`,
  "invalid-day": (_p, input) => `неправильна дата (очікується РРРР-ММ-ДД)${got(input)}`,
  "unknown-event": (p) => `у хронології немає події з назвою ${q(p["event"])}`,
  "ambiguous-event": (p) => `назві ${q(p["event"])} відповідають ${plural.count(Number(p["count"]), "подія", "події", "подій")}; укажіть день (РРРР-ММ-ДД) або іншу назву`,
  "reversed-window": (p) => `проміжок підрахунку закінчується (${s(p["until"])}) раніше, ніж починається (${s(p["since"])})`,
  "needs-ordinal-or-count": () => "укажіть «ordinal» або «count»",
  "both-ordinal-and-count": () => "укажіть «ordinal» або «count», але не обидва",
  "not-an-ordinal": (p) => `очікується порядковий номер, наприклад «п’ятий», «5-й» або 5, отримано ${q(p["text"])} ${unit(p)}`,
  "not-a-count": (p) => `очікується кількість, наприклад «три» або 3, отримано ${q(p["text"])} ${unit(p)}`,
};
