import type { Source, SourceType } from "../source/types.js";
import type { Attribution, EntityMatch } from "./readingTypes.js";
import { inside } from "./spans.js";

const SOURCE_TYPES: readonly (readonly [SourceType, readonly string[]])[] = [
  ["statistics", ["statistic", "статистик", "统计"]],
  ["intelligence", ["intelligence", "розвідк", "разведк", "情报"]],
  ["government", ["ministry", "government", "president", "prime minister", "committee", "customs", "міністерств", "уряд", "президент", "прем'єр", "комітет", "митн", "министерств", "правительств", "премьер", "комитет", "таможн", "部", "政府", "海关", "主席", "总理"]],
  ["media", ["news", "agency", "times", "xinhua", "bloomberg", "reuters", "kazinform", "interfax", "tass", "агентств", "інформагентств", "新华", "通讯社", "报"]],
];

/**
 * The claim's source from its attribution: the name as written, a type when its words say ("ministry": government), and the country it names unless it is a media outlet.
 *
 * @internal
 */
export const toSource = (attribution: Attribution, entities: readonly EntityMatch[]): Source => {
  const lower = attribution.name.toLowerCase();
  const type = SOURCE_TYPES.find(([, words]) => words.some((w) => lower.includes(w)))?.[0];
  const country = entities.find((e) => inside(e, { start: attribution.nameStart, end: attribution.nameEnd }) && e.value.ids.length === 1 && (e.value.ids[0] as string).length === 2)?.value.ids[0];
  return { name: attribution.name, ...(type !== undefined ? { type } : {}), ...(country !== undefined && type !== "media" ? { country } : {}) };
};
