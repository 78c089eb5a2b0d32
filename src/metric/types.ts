/**
 * Metrics the caller adds or extends: each canonical name with its words in any language
 * (`{ "grain harvest": ["grain harvest", "урожай зерна", "урожай зерновых", "粮食产量"] }`). English words
 * are matched whole (a plural ending allowed), Ukrainian and Russian words as stems that take up to four
 * letters of ending, Chinese words inside the text. A name the lexicon has already gains the words.
 */
export type MetricWords = Readonly<Record<string, readonly string[]>>;
