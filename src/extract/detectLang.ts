import type { Lang } from "../lexicon/types.js";

/**
 * The language of a text, by counting letters of each script in one pass: Han → `zh`; Cyrillic →
 * `uk` when letters only Ukrainian uses (і ї є ґ) outnumber those only Russian uses (ы э ъ ё), else
 * `ru`; otherwise `en`. A Han character weighs as a short word, so a Chinese text with Latin brand
 * names still reads as Chinese. Linear; never throws.
 *
 * @example
 * ```ts
 * detectLang("Казахстан активізує співпрацю з Китаєм"); // "uk"
 * detectLang("中哈贸易额达410亿美元"); // "zh"
 * detectLang("$41 billion"); // "en"
 * ```
 */
export const detectLang = (text: string): Lang => {
  let latin = 0;
  let cyrillic = 0;
  let han = 0;
  let ukOnly = 0;
  let ruOnly = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) ukOnly++;
      else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451 || c === 0x42b || c === 0x42d || c === 0x42a || c === 0x401) ruOnly++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
  }
  const hanWeight = han * 3;
  if (hanWeight > latin && hanWeight > cyrillic) return "zh";
  if (cyrillic > latin) return ukOnly > ruOnly ? "uk" : "ru";
  return "en";
};
