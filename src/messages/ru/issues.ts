import type { IssueCatalogue } from "../en/issues.js";
import { createPlural } from "../numbers/plural.js";

const plural = /* @__PURE__ */ createPlural("ru");
const s = (value: unknown): string => String(value);
const q = (value: unknown): string => `«${String(value)}»`;
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const n = (value: unknown): string => (typeof value === "number" ? plural.num(value) : String(value));
const chars = (value: unknown): string => plural.count(Number(value), "символ", "символа", "символов");
const items = (value: unknown): string => plural.count(Number(value), "элемент", "элемента", "элементов");
const unit = (p: Readonly<Record<string, unknown>>): string => `(единица ${q(p["unit"])})`;
const got = (input: unknown): string => (typeof input === "string" ? `: ${q(input)}` : "");

const TYPES: Readonly<Record<string, string>> = {
  string: "текст", number: "число", int: "целое число", bigint: "целое число", object: "объект", array: "массив", boolean: "логическое значение",
  null: "пустое значение", date: "дата", record: "объект", tuple: "массив", map: "словарь", set: "множество",
};
const FORMATS: Readonly<Record<string, string>> = {
  regex: "текст нужного вида", email: "адрес электронной почты", url: "веб-адрес", date: "дата", datetime: "дата и время", time: "время", uuid: "идентификатор",
};
const KINDS = "«conversion», «percent-change», «share», «sum», «difference», «multiple»";

/** Russian words for every validation issue the library reports, zod's codes included. */
export const issues: IssueCatalogue = {
  invalid_type: (p, input) => (input === undefined ? "обязательное поле" : `неверный тип: ожидается ${TYPES[s(p["expected"])] ?? "другой тип"}`),
  too_small: (p) =>
    p["origin"] === "string"
      ? Number(p["minimum"]) <= 1 ? "пустой текст" : `слишком короткий текст: нужно не меньше ${chars(p["minimum"])}`
      : p["origin"] === "array" ? `слишком мало элементов: нужно не меньше ${items(p["minimum"])}`
      : p["inclusive"] === false ? `слишком малое значение: должно быть больше ${n(p["minimum"])}` : `слишком малое значение: должно быть не меньше ${n(p["minimum"])}`,
  too_big: (p) =>
    p["origin"] === "string" ? `слишком длинный текст: не больше ${chars(p["maximum"])}`
    : p["origin"] === "array" ? `слишком много элементов: не больше ${items(p["maximum"])}`
    : p["inclusive"] === false ? `слишком большое значение: должно быть меньше ${n(p["maximum"])}` : `слишком большое значение: должно быть не больше ${n(p["maximum"])}`,
  invalid_format: (p) => `неверный формат${FORMATS[s(p["format"])] === undefined ? "" : `: ожидается ${FORMATS[s(p["format"])]}`}`,
  not_multiple_of: (p) => `значение должно быть кратно ${n(p["divisor"])}`,
  unrecognized_keys: (p) => `${list(p["keys"]).length > 1 ? "неизвестные поля" : "неизвестное поле"} ${list(p["keys"]).map(q).join(", ")}`,
  invalid_union: () => "значение не подходит ни под один из допустимых видов",
  invalid_key: () => "недопустимый ключ",
  invalid_element: () => "недопустимый элемент",
  invalid_value: (p) => `недопустимое значение: ожидается одно из ${list(p["values"]).map(q).join(", ")}`,
  custom: (_p, input) => `недопустимое значение${got(input)}`,
  "duplicate-id": (p) => `одинаковый идентификатор ${q(p["id"])} в записях ${Number(p["record"]) + 1} и ${Number(p["first"]) + 1}, которые различаются; ни одна не учтена`,
  "repeated-record": (p) => `запись ${Number(p["record"]) + 1} повторяет запись ${Number(p["first"]) + 1}`,
  "more-issues": (p) => `и ещё ${plural.count(Number(p["count"]), "проблема", "проблемы", "проблем")}`,
  "unknown-unit": (p) => `неизвестная единица измерения ${q(p["unit"])}`,
  "unit-mismatch": (p) => `единица ${q(p["unit"])} противоречит единице, записанной в значении (${q(p["written"])})`,
  "unknown-key": (p) => `неизвестный ключ ${q(p["key"])}${p["suggestion"] === undefined ? "" : ` (возможно, ${q(p["suggestion"])}?)`}`,
  "too-many-digits": (p) => `в числе ${q(p["amount"])} больше ${plural.count(Number(p["maximum"]), "значащей цифры", "значащих цифр", "значащих цифр")}`,
  "not-a-claim": () => "ожидается объект утверждения",
  "not-a-list": () => "ожидается массив утверждений или объект с полем «claims»",
  "too-deep": (p) => `вложенность глубже ${plural.count(Number(p["maximum"]), "уровня", "уровней", "уровней")}`,
  "reserved-key": (p) => `зарезервированный ключ ${q(p["key"])}`,
  "not-text": (_p, input) => `ожидается текст${got(input)}`,
  "invalid-period": (_p, input) => `не удалось прочитать период${got(input)}`,
  "invalid-quantity": (_p, input) => `не удалось прочитать количество${got(input)}`,
  "invalid-claim": () => "неверное утверждение",
  "invalid-unit": (_p, input) => `неверная единица измерения${got(input)}`,
  "invalid-argument": (_p, input) => `недопустимое значение${got(input)}`,
  "missing-rate": () => "нет обменного курса для этого пересчёта",
  "not-a-relation": () => "ожидается объект соотношения с полем «kind», например «share»",
  "unknown-relation-kind": (p) => `неизвестный вид соотношения ${q(p["kind"])}; ожидается один из: ${KINDS}`,
  "too-many-missing": (p) => `выводить можно только один операнд, а не хватает нескольких: ${list(p["names"]).map(q).join(", ")}`,
  "needs-pair": (p) => `${q(p["field"])} должно быть массивом из двух операндов`,
  "needs-parts": () => "«parts» должно быть непустым массивом операндов",
  "needs-unit": () => "для выводимого значения нужна единица измерения: укажите «unit»",
  "not-a-percent": (p) => `ожидается процент, например «3,5%», получено ${q(p["text"])} ${unit(p)}`,
  "not-a-factor": (p) => `ожидается множитель, например 2, «2×» или «200%», получено ${q(p["text"])} ${unit(p)}`,
  "not-an-amount": (p) => `порядковый номер (${q(p["text"])}) не может участвовать в вычислениях`,
  "unknown-fields": (p) => `${list(p["keys"]).length > 1 ? "неизвестные поля" : "неизвестное поле"} ${list(p["keys"]).map(q).join(", ")}`,
  "unknown-claim": (p) => `нет утверждения с идентификатором ${q(p["id"])}`,
  "claim-or-value": () => "укажите «claim» или «ordinal»/«count», но не оба сразу",
  "needs-event": () => "укажите «event» (дату или название события) либо используйте утверждение, период которого — день, месяц или год",
  "claim-without-timeline": () => "проверке порядковых номеров нужна хронология: укажите «timeline» с событиями или соответствующий параметр",
  "timeline-file": (p) => `файл хронологии ${q(p["file"])} должен прочитать сам вызывающий код и передать его содержимое в параметре «timeline»`,
  "invalid-date": (p) => `неверная дата (ожидается ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ): ${q(p["text"])}`,
  "invalid-day": (_p, input) => `неверная дата (ожидается ГГГГ-ММ-ДД)${got(input)}`,
  "unknown-event": (p) => `в хронологии нет события с названием ${q(p["event"])}`,
  "ambiguous-event": (p) => `названию ${q(p["event"])} соответствуют ${plural.count(Number(p["count"]), "событие", "события", "событий")}; укажите день (ГГГГ-ММ-ДД) или другое название`,
  "reversed-window": (p) => `окно подсчёта заканчивается (${s(p["until"])}) раньше, чем начинается (${s(p["since"])})`,
  "needs-ordinal-or-count": () => "укажите «ordinal» или «count»",
  "both-ordinal-and-count": () => "укажите «ordinal» или «count», но не оба сразу",
  "not-an-ordinal": (p) => `ожидается порядковый номер, например «пятый», «5-й» или 5, получено ${q(p["text"])} ${unit(p)}`,
  "not-a-count": (p) => `ожидается количество, например «три» или 3, получено ${q(p["text"])} ${unit(p)}`,
};
