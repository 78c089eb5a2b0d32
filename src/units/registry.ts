import { Decimal } from "../decimal.js";
import type { Dimension, Unit } from "./types.js";

const unit = (code: string, dimension: Dimension, factor: string | null, name: string): Unit =>
  Object.freeze({ code, dimension, factor: factor === null ? null : new Decimal(factor), name });

// Factors are the exact legal definitions (international yard and pound, 1959; US gallon = 231 in³;
// oil barrel = 42 US gal), so a conversion round-trip is exact in decimal arithmetic.
const MILE = "1609.344";
const UNITS: readonly Unit[] = [
  unit("count", "count", "1", "count"),
  unit("ordinal", "ordinal", "1", "ordinal"),
  unit("%", "percent", "1", "per cent"),
  unit("pp", "percentage-point", "1", "percentage points"),
  unit("x", "ratio", "1", "times"),
  unit("kg", "mass", "1", "kilograms"),
  unit("g", "mass", "0.001", "grams"),
  unit("t", "mass", "1000", "tonnes"),
  unit("lb", "mass", "0.45359237", "pounds"),
  unit("short-ton", "mass", "907.18474", "short tons"),
  unit("long-ton", "mass", "1016.0469088", "long tons"),
  unit("oz", "mass", "0.028349523125", "ounces"),
  unit("m", "length", "1", "metres"),
  unit("cm", "length", "0.01", "centimetres"),
  unit("mm", "length", "0.001", "millimetres"),
  unit("km", "length", "1000", "kilometres"),
  unit("mi", "length", MILE, "miles"),
  unit("ft", "length", "0.3048", "feet"),
  unit("in", "length", "0.0254", "inches"),
  unit("yd", "length", "0.9144", "yards"),
  unit("nmi", "length", "1852", "nautical miles"),
  unit("m2", "area", "1", "square metres"),
  unit("km2", "area", "1000000", "square kilometres"),
  unit("ha", "area", "10000", "hectares"),
  unit("mi2", "area", "2589988.110336", "square miles"),
  unit("acre", "area", "4046.8564224", "acres"),
  unit("m3", "volume", "1", "cubic metres"),
  unit("l", "volume", "0.001", "litres"),
  unit("gal", "volume", "0.003785411784", "US gallons"),
  unit("bbl", "volume", "0.158987294928", "barrels"),
  unit("J", "energy", "1", "joules"),
  unit("kWh", "energy", "3600000", "kilowatt-hours"),
  unit("MWh", "energy", "3600000000", "megawatt-hours"),
  unit("GWh", "energy", "3600000000000", "gigawatt-hours"),
  unit("TWh", "energy", "3600000000000000", "terawatt-hours"),
  unit("W", "power", "1", "watts"),
  unit("kW", "power", "1000", "kilowatts"),
  unit("MW", "power", "1000000", "megawatts"),
  unit("GW", "power", "1000000000", "gigawatts"),
  unit("s", "duration", "1", "seconds"),
  unit("min", "duration", "60", "minutes"),
  unit("h", "duration", "3600", "hours"),
  unit("d", "duration", "86400", "days"),
  unit("wk", "duration", "604800", "weeks"),
  // ISO 4217: the currencies this corpus and its neighbours use, plus the majors.
  ...(
    [
      ["USD", "US dollars"],
      ["EUR", "euros"],
      ["GBP", "pounds sterling"],
      ["JPY", "yen"],
      ["CNY", "yuan"],
      ["HKD", "Hong Kong dollars"],
      ["KZT", "tenge"],
      ["RUB", "roubles"],
      ["UAH", "hryvnias"],
      ["BYN", "Belarusian roubles"],
      ["KGS", "som"],
      ["UZS", "Uzbek sum"],
      ["TRY", "Turkish lira"],
      ["INR", "rupees"],
      ["CAD", "Canadian dollars"],
      ["AUD", "Australian dollars"],
      ["NZD", "New Zealand dollars"],
      ["SGD", "Singapore dollars"],
      ["TWD", "New Taiwan dollars"],
      ["CHF", "Swiss francs"],
      ["KRW", "won"],
      ["BRL", "reais"],
      ["MXN", "Mexican pesos"],
      ["PLN", "złoty"],
      ["SEK", "Swedish kronor"],
      ["NOK", "Norwegian kroner"],
      ["DKK", "Danish kroner"],
      ["ZAR", "rand"],
      ["SAR", "riyals"],
      ["AED", "dirhams"],
    ] as const
  ).map(([code, name]) => unit(code, "currency", null, name)),
];

const BY_CODE: ReadonlyMap<string, Unit> = new Map(UNITS.map((u) => [u.code, u]));

/**
 * Every unit of the registry.
 *
 * @example
 * ```ts
 * units.filter((u) => u.dimension === "length").map((u) => u.code);
 * // ["m", "cm", "mm", "km", "mi", "ft", "in", "yd", "nmi"]
 * ```
 */
export const units: readonly Unit[] = Object.freeze([...UNITS]);

/**
 * The unit with this code, or `undefined`.
 *
 * @example
 * ```ts
 * getUnit("mi"); // { code: "mi", dimension: "length", factor: Decimal("1609.344"), name: "miles" }
 * getUnit("parsec"); // undefined
 * ```
 */
export const getUnit = (code: string): Unit | undefined => BY_CODE.get(code);

/**
 * Whether `code` names a unit of the registry.
 *
 * @example
 * ```ts
 * isUnit("KZT"); // true
 * isUnit("kilometres"); // false — units are named by code; words are the lexicon's job
 * ```
 */
export const isUnit = (code: string): boolean => BY_CODE.has(code);
