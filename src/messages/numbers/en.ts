import type { NumberConventions } from "./createNumberFormat.js";

const SYMBOLS: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£" };
const SUFFIXES: Readonly<Record<string, string>> = { "%": "%", pp: " pp", x: "×", count: "", ordinal: "" };

/** "1st", "2nd", "11th", "23rd". */
const ordinalSuffix = (n: string): string => {
  const last2 = n.slice(-2);
  const last = n.slice(-1);
  if (last2 === "11" || last2 === "12" || last2 === "13") return "th";
  return last === "1" ? "st" : last === "2" ? "nd" : last === "3" ? "rd" : "th";
};

/** English numbers: "$9.5 billion", "1,698.66 km", "23.2%", "1.502–1.602 billion USD". */
export const number: NumberConventions = {
  tag: "en",
  decimal: ".",
  group: ",",
  scales: [
    [12, "trillion"],
    [9, "billion"],
    [6, "million"],
  ],
  withUnit: (number, scaleWord, unit) => {
    const n = scaleWord === "" ? number : `${number} ${scaleWord}`;
    // Currency symbols go before the number and scale words after it: "$9.5 billion".
    const symbol = SYMBOLS[unit];
    if (symbol !== undefined) return `${symbol}${n}`;
    if (unit === "ordinal") return `${n}${ordinalSuffix(n)}`;
    const suffix = SUFFIXES[unit];
    return suffix !== undefined ? `${n}${suffix}` : `${n} ${unit}`;
  },
  intervalUnit: (number, scaleWord, unit) => (scaleWord === "" ? `${number} ${unit}` : `${number} ${scaleWord} ${unit}`),
  rangeDash: "–",
  percent: (number) => `${number}%`,
  atLeast: (text, open) => `${open ? "more than" : "at least"} ${text}`,
  atMost: (text, open) => `${open ? "less than" : "at most"} ${text}`,
  anyValue: "any value",
};
