import { units } from "../units/registry.js";
import type { QuantityWords, UnitWord } from "./types.js";

// Quantity words every language shares: currency symbols, ISO 4217 codes, the percent sign and range
// dashes. The language lexicons hold the words; this file holds what has no language.

/** Currencies a bare "$" or "dollars" can mean; the first is the default unless the `dollar` option says otherwise. */
export const DOLLAR_CANDIDATES: readonly string[] = Object.freeze(["USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"]);

const DOLLAR: UnitWord = Object.freeze({ unit: "USD", dollar: true });
const YEN_OR_YUAN: UnitWord = Object.freeze({ unit: "CNY", candidates: Object.freeze(["CNY", "JPY"]) });
const only = (unit: string): UnitWord => Object.freeze({ unit });

// Symbols are written before the amount in English and Chinese and after it in Ukrainian and Russian
// ("650 ₴"), so they are both prefixes and suffixes.
const SYMBOLS: Readonly<Record<string, UnitWord>> = {
  $: DOLLAR,
  "＄": DOLLAR,
  "US$": only("USD"),
  "U.S.$": only("USD"),
  "U.S$": only("USD"),
  "USD$": only("USD"),
  "A$": only("AUD"),
  "AU$": only("AUD"),
  "C$": only("CAD"),
  "CA$": only("CAD"),
  "HK$": only("HKD"),
  "S$": only("SGD"),
  "NZ$": only("NZD"),
  "NT$": only("TWD"),
  "€": only("EUR"),
  "£": only("GBP"),
  "¥": YEN_OR_YUAN,
  "￥": YEN_OR_YUAN,
  "₸": only("KZT"),
  "₽": only("RUB"),
  "₴": only("UAH"),
  "₹": only("INR"),
  "₩": only("KRW"),
  "₺": only("TRY"),
  "zł": only("PLN"),
  "R$": only("BRL"),
  "AUD$": only("AUD"),
  "CAD$": only("CAD"),
  "NZD$": only("NZD"),
  "HKD$": only("HKD"),
  "SGD$": only("SGD"),
  "MXN$": only("MXN"),
  "Mex$": only("MXN"),
};

// ISO 4217 codes of the registry, in any case ("usd 200" in lower-cased newswire), except the codes
// that are also common words, which count only in capitals: "TRY 5" is lira, "try 5" is not.
const WORD_LIKE_CODES: ReadonlySet<string> = new Set(["TRY", "ALL", "CUP", "MOP", "TOP"]);
const CODES: Readonly<Record<string, UnitWord>> = Object.fromEntries(
  units
    .filter((u) => u.dimension === "currency")
    .map((u) => [u.code, Object.freeze(WORD_LIKE_CODES.has(u.code) ? { unit: u.code, upperOnly: true } : { unit: u.code })]),
);

/** The language-neutral quantity words. @internal */
export const commonQuantityWords: QuantityWords = Object.freeze<QuantityWords>({
  currencyPrefixes: { ...CODES, ...SYMBOLS },
  currencySuffixes: { ...CODES, ...SYMBOLS },
  unitSuffixes: {
    "%": only("%"),
    "％": only("%"),
    "×": only("x"),
  },
  boundPrefixes: { ">": "moreThan", "≥": "atLeast", ">=": "atLeast", "<": "lessThan", "≤": "atMost", "<=": "atMost", "~": "about", "≈": "about", "±": "about" },
  boundSuffixes: { "+": "atLeast" },
  rangeSeparators: ["-", "–", "—", "‒", "~", "〜", "～"],
});
