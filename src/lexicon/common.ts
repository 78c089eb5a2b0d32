import { units } from "../units/registry.js";
import type { QuantityWords, UnitWord } from "./types.js";

// Quantity words every language shares: currency symbols, ISO 4217 codes, the percent sign and range
// dashes. The language lexicons hold the words; this file holds what has no language.

/** Currencies a bare "$" or "dollars" can mean; the first is the default unless the `dollar` option says otherwise. */
export const DOLLAR_CANDIDATES: readonly string[] = /* @__PURE__ */ Object.freeze(["USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"]);

const DOLLAR: UnitWord = /* @__PURE__ */ Object.freeze({ unit: "USD", dollar: true });
const YEN_OR_YUAN: UnitWord = /* @__PURE__ */ (() => Object.freeze({ unit: "CNY", candidates: Object.freeze(["CNY", "JPY"]) }))();
const RUPEE: UnitWord = /* @__PURE__ */ (() => Object.freeze({ unit: "INR", candidates: Object.freeze(["INR", "PKR", "LKR", "NPR"]) }))();
const only = (unit: string): UnitWord => Object.freeze({ unit });
/** A symbol whose letters are also a word: counted only written tight ("A$5", not "a $5 loan"). */
const tight = (unit: string): UnitWord => Object.freeze({ unit, tight: true });

// Symbols are written before the amount in English and Chinese and after it in Ukrainian and Russian
// ("650 ₴"), so they are both prefixes and suffixes.
const SYMBOLS: Readonly<Record<string, UnitWord>> = /* @__PURE__ */ (() => ({
  $: DOLLAR,
  "＄": DOLLAR,
  "US$": tight("USD"),
  // Australian and New Zealand papers write the code after the sign: "$US 2.7bn", "$A 480m".
  $US: only("USD"),
  "$A": tight("AUD"),
  $NZ: only("NZD"),
  "U.S.$": only("USD"),
  "U.S$": only("USD"),
  "USD$": only("USD"),
  "A$": tight("AUD"),
  "AU$": only("AUD"),
  "C$": only("CAD"),
  "CA$": only("CAD"),
  "HK$": only("HKD"),
  "S$": tight("SGD"),
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
  "₡": only("CRC"),
  "₾": only("GEL"),
  "₭": only("LAK"),
  // The Tamil abbreviation of rupee, as Sri Lanka writes it.
  "ரூ": only("LKR"),
  "₨": RUPEE,
  "₦": only("NGN"),
  "₱": only("PHP"),
  "₪": only("ILS"),
  "฿": only("THB"),
  "₿": only("BTC"),
  "₮": only("MNT"),
  "₼": only("AZN"),
  "₲": only("PYG"),
  "₵": only("GHS"),
  "₫": only("VND"),
  "Kč": only("CZK"),
  RM: Object.freeze({ unit: "MYR", upperOnly: true }),
}))();

// ISO 4217 codes of the registry, in any case ("usd 200" in lower-cased newswire), except the codes
// that are also common words, which count only in capitals: "TRY 5" is lira, "try 5" is not.
const WORD_LIKE_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "TRY", "ALL", "CUP", "MOP", "TOP", "PEN", "MAD", "GEL", "BOB", "RON", "PHP", "AMD", "SOS", "BAM", "NAD", "DOP", "HUF",
  "ESP", "DEM", "PTE", "ERN", "ATS", "BTC",
]);
const CODES: Readonly<Record<string, UnitWord>> = /* @__PURE__ */ (() => Object.fromEntries(
  units
    .filter((u) => u.dimension === "currency")
    .map((u) => [u.code, Object.freeze(WORD_LIKE_CODES.has(u.code) ? { unit: u.code, upperOnly: true } : { unit: u.code })]),
))();

// Financial shorthand for millions of a currency: "30 MUSD", "MEUR 120", "48.5 MGBP". In capitals only,
// and only for the currencies reports abbreviate so ("MALL" or "MTOP" would be words).
const MILLIONS: Readonly<Record<string, UnitWord>> = /* @__PURE__ */ (() => Object.fromEntries(
  ["USD", "EUR", "GBP", "CHF", "AUD", "CAD", "NZD", "SEK", "NOK", "DKK", "JPY", "CNY", "HKD", "SGD", "RUB"].map((code) => [
    `M${code}`,
    Object.freeze({ unit: code, upperOnly: true, scale: 6 }),
  ]),
))();

// Unit symbols, in the case SI writes them: a prefix's case is its meaning (m milli, M mega; k kilo;
// G giga, g gram; T tera, t tonne), and b is a bit where B is a byte. The first spelling of each entry
// is the symbol; the others are spellings in another case or form that can mean nothing else ("KM":
// K is no prefix; "kwh": no milli- or mega- to confuse). Anything else in another case is no unit.
const SYMBOL_LIST: readonly (readonly [string, readonly string[]])[] = [
  ["kg", ["kg", "KG", "Kg", "kgs", "Kgs", "KGs"]],
  ["g", ["g"]],
  ["mg", ["mg"]],
  // A megagram is a tonne.
  ["t", ["t", "Mg"]],
  ["kt", ["kt"]],
  ["Mt", ["Mt"]],
  ["Gt", ["Gt"]],
  ["ug", ["µg", "μg"]],
  ["km", ["km", "KM", "Km", "kms", "Kms", "KMS"]],
  ["m", ["m"]],
  ["cm", ["cm", "CM"]],
  ["mm", ["mm"]],
  ["dm", ["dm"]],
  ["um", ["µm", "μm"]],
  ["km2", ["km2", "km²", "KM2", "Km2", "KM²", "Km²"]],
  ["m2", ["m2", "m²"]],
  ["cm2", ["cm2", "cm²", "CM2", "CM²"]],
  ["mm2", ["mm2", "mm²"]],
  ["m3", ["m3", "m³"]],
  ["km3", ["km3", "km³", "KM3", "KM³", "Km3", "Km³"]],
  ["cm3", ["cm3", "cm³", "CM3", "CM³"]],
  ["l", ["l", "L"]],
  ["ml", ["ml", "mL", "mls"]],
  ["ML", ["ML", "Ml"]],
  ["GL", ["GL", "Gl"]],
  ["cl", ["cl", "cL"]],
  ["dl", ["dl", "dL"]],
  ["hl", ["hl", "hL"]],
  ["J", ["J"]],
  ["kJ", ["kJ", "KJ", "kj"]],
  ["MJ", ["MJ"]],
  ["GJ", ["GJ"]],
  ["kcal", ["kcal", "Kcal", "KCAL", "kCal"]],
  ["Wh", ["Wh", "WH", "wh", "W·h", "W⋅h"]],
  ["kWh", ["kWh", "kwh", "KWh", "KWH", "Kwh", "kW·h", "kW⋅h"]],
  ["MWh", ["MWh", "MWH", "Mwh", "MW·h", "MW⋅h"]],
  ["GWh", ["GWh", "GWH", "Gwh", "gwh", "GW·h", "GW⋅h"]],
  ["TWh", ["TWh", "TWH", "Twh", "twh", "TW·h", "TW⋅h"]],
  ["W", ["W"]],
  ["mW", ["mW"]],
  ["kW", ["kW", "kw", "KW", "Kw"]],
  ["MW", ["MW", "Mw"]],
  ["GW", ["GW", "Gw", "gw"]],
  ["TW", ["TW", "Tw", "tw"]],
  ["Hz", ["Hz", "hz", "HZ"]],
  ["kHz", ["kHz", "khz", "KHz", "KHZ", "Khz"]],
  ["MHz", ["MHz", "MHZ", "Mhz"]],
  ["GHz", ["GHz", "GHZ", "Ghz", "ghz"]],
  ["kbit", ["kbit", "kb", "Kbit"]],
  ["Mbit", ["Mbit", "Mb", "mbit"]],
  ["Gbit", ["Gbit", "Gb", "gbit"]],
  ["Tbit", ["Tbit", "Tb"]],
  ["kB", ["kB"]],
  ["MB", ["MB"]],
  ["GB", ["GB"]],
  ["TB", ["TB"]],
  // Basis points are hundredths of a percentage point: "45 bp" is 0.45 pp ("BP" is a company).
  ["pp", ["pp"]],
  ["Pa", ["Pa"]],
  ["hPa", ["hPa", "hpa", "HPA"]],
  ["kPa", ["kPa", "kpa", "KPa", "KPA"]],
  ["MPa", ["MPa", "MPA", "Mpa"]],
  ["mbar", ["mbar"]],
  ["bar", ["bar"]],
  ["atm", ["atm"]],
  ["mmHg", ["mmHg", "mmhg"]],
  ["inHg", ["inHg", "inhg"]],
  // Also with the ordinal indicator "º" and the ring "˚" that keyboards give for the degree sign.
  ["°C", ["°C", "℃", "°c", "°С", "ºC", "ºc", "˚C", "˚c"]],
  ["°F", ["°F", "℉", "°f", "ºF", "ºf", "˚F", "˚f"]],
  ["toe", ["toe"]],
  ["ktoe", ["ktoe"]],
  ["Mtoe", ["Mtoe"]],
  ["h", ["h"]],
  ["min", ["min", "mins"]],
];

/** Symbols written apart from the number only: "5 s" is five seconds, "1990s" and "10s of" are no seconds. */
const APART_SYMBOLS: Readonly<Record<string, UnitWord>> = /* @__PURE__ */ (() => ({ s: Object.freeze({ unit: "s", apart: true }) }))();

/** Symbols that carry a power of ten of their unit: basis points, per mille, billions of cubic metres. */
const SCALED_SYMBOLS: Readonly<Record<string, UnitWord>> = /* @__PURE__ */ (() => ({
  bp: Object.freeze({ unit: "pp", scale: -2 }),
  bps: Object.freeze({ unit: "pp", scale: -2 }),
  bcm: Object.freeze({ unit: "m3", scale: 9 }),
  BCM: Object.freeze({ unit: "m3", scale: 9 }),
  Bcm: Object.freeze({ unit: "m3", scale: 9 }),
  // A flow per year is the volume of a year, as "55 bcm a year" is read: "bcm/y", "bcm/yr".
  "bcm/y": Object.freeze({ unit: "m3", scale: 9 }),
  "bcm/yr": Object.freeze({ unit: "m3", scale: 9 }),
  "bcm/year": Object.freeze({ unit: "m3", scale: 9 }),
  "BCM/y": Object.freeze({ unit: "m3", scale: 9 }),
  "BCM/yr": Object.freeze({ unit: "m3", scale: 9 }),
  "‰": Object.freeze({ unit: "%", scale: -1 }),
  // Parts per million and per billion, as shares in per cent: 1 ppm is 10⁻⁴ %.
  ppm: Object.freeze({ unit: "%", scale: -4 }),
  ppb: Object.freeze({ unit: "%", scale: -7 }),
  PPM: Object.freeze({ unit: "%", scale: -4 }),
  PPB: Object.freeze({ unit: "%", scale: -7 }),
  "‱": Object.freeze({ unit: "%", scale: -2 }),
}))();

const UNIT_SYMBOLS: Readonly<Record<string, UnitWord>> = /* @__PURE__ */ (() => Object.freeze({
  ...Object.fromEntries(SYMBOL_LIST.flatMap(([unit, forms]) => forms.map((form) => [form, only(unit)] as const))),
  ...SCALED_SYMBOLS,
  ...APART_SYMBOLS,
}))();

/** The language-neutral quantity words. @internal */
export const commonQuantityWords: QuantityWords = /* @__PURE__ */ (() => Object.freeze<QuantityWords>({
  // Vulgar fractions are numbers anywhere: "½ teaspoon", "¾ mile".
  numbers: { "½": "0.5", "¼": "0.25", "¾": "0.75", "⅛": "0.125", "⅜": "0.375", "⅝": "0.625", "⅞": "0.875", "⅕": "0.2", "⅖": "0.4", "⅗": "0.6", "⅘": "0.8", "⅒": "0.1" },
  // Codes that are words stand after the amount only: "ALL 5 solutions" and "TOP 10" are no money.
  currencyPrefixes: { ...Object.fromEntries(Object.entries(CODES).filter(([code]) => !WORD_LIKE_CODES.has(code))), ...MILLIONS, ...SYMBOLS },
  currencySuffixes: { ...CODES, ...MILLIONS, ...SYMBOLS },
  minorUnits: { "¢": { power: -2, currency: DOLLAR } },
  unitSymbols: UNIT_SYMBOLS,
  unitSuffixes: {
    "%": only("%"),
    "％": only("%"),
    "×": only("x"),
    "″": only("in"),
    "′": only("ft"),
  },
  compoundUnits: { ft: ["in"], lb: ["oz"], st: ["lb"] },
  boundPrefixes: { ">": "moreThan", "≥": "atLeast", ">=": "atLeast", "<": "lessThan", "≤": "atMost", "<=": "atMost", "~": "about", "≈": "about", "±": "about" },
  boundSuffixes: { "+": "atLeast" },
  rangeSeparators: ["-", "–", "—", "‒", "~", "〜", "～"],
}))();
