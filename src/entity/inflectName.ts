/**
 * The case forms of a Ukrainian or Russian place name, by rule from its nominative: the endings of the
 * noun declensions place names take (Україна → України, Україні, Україну, Україною; Казахстан →
 * Казахстану, Казахстаном, Казахстані; Росія → Росії, Росією; Китай → Китаю, Китаєм; Россия → России,
 * Россией; Нідерланди → Нідерландів). A name of several words is written with marks: `~` after an
 * adjective that agrees with the noun ("Південна~ Корея"), `=` after a word that never changes
 * ("Республіка Казахстан="). Names the rules do not fit (США, Перу) are written with `=` and so stay as
 * they are.
 *
 * @internal
 */
export const inflectName = (name: string, lang: "uk" | "ru"): string[] => {
  const words = name.split(" ");
  const forms: string[][] = words.map((word) => {
    if (word.endsWith("=")) return Array<string>(CASES).fill(word.slice(0, -1));
    if (word.endsWith("~")) return adjective(word.slice(0, -1), lang);
    return noun(word, lang);
  });
  const out = new Set<string>();
  for (let c = 0; c < CASES; c++) out.add(forms.map((f) => f[c] ?? f[0]).join(" "));
  // Second forms some cases have (Казахстана beside Казахстану, Китаєві beside Китаю): single words only.
  if (words.length === 1) for (const extra of alternates(name, lang)) out.add(extra);
  return [...out];
};

/** Nominative, genitive, dative, accusative, instrumental, locative. */
const CASES = 6;

/** Whether the last letter of `word` is one of `letters`. */
const endsWithAny = (word: string, letters: string): boolean => word.length > 0 && letters.includes(word.slice(-1));

const stemOf = (word: string, n: number): string => word.slice(0, word.length - n);

/** к→ц, г→з, х→с before the dative and locative -і (Америка → Америці, Африка → Африці). */
const softenUk = (stem: string): string => {
  const last = stem.slice(-1);
  const map: Record<string, string> = { к: "ц", г: "з", х: "с" };
  const soft = map[last];
  return soft === undefined ? stem : stem.slice(0, -1) + soft;
};

const HUSHING_RU = "гкхжшчщ";

const noun = (word: string, lang: "uk" | "ru"): string[] => {
  if (lang === "uk") {
    if (word.endsWith("ія")) {
      const s = stemOf(word, 2);
      return [word, `${s}ії`, `${s}ії`, `${s}ію`, `${s}ією`, `${s}ії`];
    }
    if (word.endsWith("я")) {
      // After a vowel the ending is written with ї and є (Корея → Кореї, Кореєю).
      const s = stemOf(word, 1);
      const vowel = endsWithAny(s, "аеєиіїоуюя");
      const i = vowel ? "ї" : "і";
      return [word, `${s}${i}`, `${s}${i}`, `${s}ю`, `${s}${vowel ? "єю" : "ею"}`, `${s}${i}`];
    }
    if (word.endsWith("а")) {
      const s = stemOf(word, 1);
      return [word, `${s}и`, `${softenUk(s)}і`, `${s}у`, `${s}ою`, `${softenUk(s)}і`];
    }
    if (word.endsWith("й")) {
      const s = stemOf(word, 1);
      return [word, `${s}ю`, `${s}ю`, word, `${s}єм`, `${s}ї`];
    }
    if (word.endsWith("и")) {
      const s = stemOf(word, 1);
      return [word, `${s}ів`, `${s}ам`, word, `${s}ами`, `${s}ах`];
    }
    if (word.endsWith("ь")) {
      const s = stemOf(word, 1);
      return [word, `${s}ю`, `${s}ю`, word, `${s}ем`, `${s}і`];
    }
    if (endsWithAny(word, "оеієу")) return Array<string>(CASES).fill(word);
    return [word, `${word}у`, `${word}у`, word, `${word}ом`, `${word}і`];
  }
  if (word.endsWith("ия")) {
    const s = stemOf(word, 2);
    return [word, `${s}ии`, `${s}ии`, `${s}ию`, `${s}ией`, `${s}ии`];
  }
  if (word.endsWith("я")) {
    const s = stemOf(word, 1);
    return [word, `${s}и`, `${s}е`, `${s}ю`, `${s}ей`, `${s}е`];
  }
  if (word.endsWith("а")) {
    const s = stemOf(word, 1);
    const hushing = HUSHING_RU.includes(s.slice(-1));
    return [word, `${s}${hushing ? "и" : "ы"}`, `${s}е`, `${s}у`, `${s}ой`, `${s}е`];
  }
  if (word.endsWith("й")) {
    const s = stemOf(word, 1);
    return [word, `${s}я`, `${s}ю`, word, `${s}ем`, `${s}е`];
  }
  if (word.endsWith("ы") || word.endsWith("и")) {
    const s = stemOf(word, 1);
    return [word, `${s}ов`, `${s}ам`, word, `${s}ами`, `${s}ах`];
  }
  if (word.endsWith("ь")) {
    const s = stemOf(word, 1);
    return [word, `${s}я`, `${s}ю`, word, `${s}ем`, `${s}е`];
  }
  if (endsWithAny(word, "оеиуэю")) return Array<string>(CASES).fill(word);
  return [word, `${word}а`, `${word}у`, word, `${word}ом`, `${word}е`];
};

const adjective = (word: string, lang: "uk" | "ru"): string[] => {
  if (lang === "uk") {
    if (word.endsWith("а")) {
      const s = stemOf(word, 1);
      return [word, `${s}ої`, `${s}ій`, `${s}у`, `${s}ою`, `${s}ій`];
    }
    if (word.endsWith("ий")) {
      const s = stemOf(word, 2);
      return [word, `${s}ого`, `${s}ому`, word, `${s}им`, `${s}ому`];
    }
    if (word.endsWith("е")) {
      const s = stemOf(word, 1);
      return [word, `${s}ого`, `${s}ому`, word, `${s}им`, `${s}ому`];
    }
    if (word.endsWith("і")) {
      const s = stemOf(word, 1);
      return [word, `${s}их`, `${s}им`, word, `${s}ими`, `${s}их`];
    }
    return Array<string>(CASES).fill(word);
  }
  if (word.endsWith("ая")) {
    const s = stemOf(word, 2);
    return [word, `${s}ой`, `${s}ой`, `${s}ую`, `${s}ой`, `${s}ой`];
  }
  if (word.endsWith("ий") || word.endsWith("ый") || word.endsWith("ой")) {
    const s = stemOf(word, 2);
    const i = HUSHING_RU.includes(s.slice(-1)) || word.endsWith("ий") ? "и" : "ы";
    return [word, `${s}ого`, `${s}ому`, word, `${s}${i}м`, `${s}ом`];
  }
  if (word.endsWith("ое") || word.endsWith("ее")) {
    const s = stemOf(word, 2);
    return [word, `${s}ого`, `${s}ому`, word, `${s}ым`, `${s}ом`];
  }
  if (word.endsWith("ые") || word.endsWith("ие")) {
    const s = stemOf(word, 2);
    const i = word.endsWith("ие") ? "и" : "ы";
    return [word, `${s}${i}х`, `${s}${i}м`, word, `${s}${i}ми`, `${s}${i}х`];
  }
  return Array<string>(CASES).fill(word);
};

const alternates = (word: string, lang: "uk" | "ru"): string[] => {
  const last = word.slice(-1);
  if (lang === "uk") {
    if (last === "й") return [`${stemOf(word, 1)}єві`];
    if (!endsWithAny(word, "аяйиьоеієу")) return [`${word}а`, `${word}ові`];
  }
  return [];
};
