import { Decimal } from "../decimal.js";
import type { Dimension, Unit } from "./types.js";

const unit = (code: string, dimension: Dimension, factor: string | null, name: string): Unit =>
  Object.freeze({ code, dimension, factor: factor === null ? null : new Decimal(factor), name });

/** A temperature scale: degrees Rankine = value × factor + offset (an absolute scale, so both are exact). */
const temperature = (code: string, factor: string, offset: string, name: string): Unit =>
  Object.freeze({ code, dimension: "temperature", factor: new Decimal(factor), offset: new Decimal(offset), name });

const currency = (code: string, name: string, minorDigits: number): Unit =>
  Object.freeze({ code, dimension: "currency", factor: null, name, minorDigits });

// Factors are the exact legal definitions (international yard and pound, 1959; US gallon = 231 in³;
// oil barrel = 42 US gal; US cup = 8 US fl oz; thermochemical calorie = 4.184 J; avoirdupois dram =
// 1/256 lb), so a conversion round-trip is exact in decimal arithmetic. Each dimension's base unit has
// factor 1; speeds are based on km/h so that m/s (3.6) and mph (1.609344) stay exact, data on the bit.
// Units whose factor does not terminate in decimal (the radian, the Chinese mu of 666⅔ m²) are left out
// rather than rounded.
const MILE = "1609.344";
const UNITS: readonly Unit[] = /* @__PURE__ */ (() => [
  unit("count", "count", "1", "count"),
  unit("ordinal", "ordinal", "1", "ordinal"),
  unit("%", "percent", "1", "per cent"),
  unit("pp", "percentage-point", "1", "percentage points"),
  unit("x", "ratio", "1", "times"),
  unit("kg", "mass", "1", "kilograms"),
  unit("g", "mass", "0.001", "grams"),
  unit("mg", "mass", "0.000001", "milligrams"),
  unit("ug", "mass", "0.000000001", "micrograms"),
  unit("t", "mass", "1000", "tonnes"),
  unit("kt", "mass", "1000000", "kilotonnes"),
  unit("Mt", "mass", "1000000000", "megatonnes"),
  unit("Gt", "mass", "1000000000000", "gigatonnes"),
  unit("lb", "mass", "0.45359237", "pounds"),
  unit("short-ton", "mass", "907.18474", "short tons"),
  unit("long-ton", "mass", "1016.0469088", "long tons"),
  unit("oz", "mass", "0.028349523125", "ounces"),
  unit("dr", "mass", "0.0017718451953125", "drams"),
  unit("st", "mass", "6.35029318", "stone"),
  unit("ct", "mass", "0.0002", "carats"),
  unit("jin", "mass", "0.5", "jin (市斤)"),
  unit("liang", "mass", "0.05", "liang (市两)"),
  unit("m", "length", "1", "metres"),
  unit("dm", "length", "0.1", "decimetres"),
  unit("cm", "length", "0.01", "centimetres"),
  unit("mm", "length", "0.001", "millimetres"),
  unit("um", "length", "0.000001", "micrometres"),
  unit("nm", "length", "0.000000001", "nanometres"),
  unit("pm", "length", "0.000000000001", "picometres"),
  unit("km", "length", "1000", "kilometres"),
  unit("mi", "length", MILE, "miles"),
  unit("ft", "length", "0.3048", "feet"),
  unit("in", "length", "0.0254", "inches"),
  unit("yd", "length", "0.9144", "yards"),
  unit("nmi", "length", "1852", "nautical miles"),
  unit("m2", "area", "1", "square metres"),
  unit("cm2", "area", "0.0001", "square centimetres"),
  unit("mm2", "area", "0.000001", "square millimetres"),
  unit("km2", "area", "1000000", "square kilometres"),
  unit("ha", "area", "10000", "hectares"),
  unit("ft2", "area", "0.09290304", "square feet"),
  unit("yd2", "area", "0.83612736", "square yards"),
  unit("mi2", "area", "2589988.110336", "square miles"),
  unit("acre", "area", "4046.8564224", "acres"),
  unit("m3", "volume", "1", "cubic metres"),
  unit("km3", "volume", "1000000000", "cubic kilometres"),
  unit("cm3", "volume", "0.000001", "cubic centimetres"),
  unit("ft3", "volume", "0.028316846592", "cubic feet"),
  unit("l", "volume", "0.001", "litres"),
  unit("hl", "volume", "0.1", "hectolitres"),
  unit("dl", "volume", "0.0001", "decilitres"),
  unit("cl", "volume", "0.00001", "centilitres"),
  unit("ml", "volume", "0.000001", "millilitres"),
  unit("ML", "volume", "1000", "megalitres"),
  unit("GL", "volume", "1000000", "gigalitres"),
  unit("gal", "volume", "0.003785411784", "US gallons"),
  unit("qt", "volume", "0.000946352946", "US quarts"),
  unit("pt", "volume", "0.000473176473", "US pints"),
  unit("cup", "volume", "0.0002365882365", "US cups"),
  unit("floz", "volume", "0.0000295735295625", "US fluid ounces"),
  unit("tbsp", "volume", "0.00001478676478125", "tablespoons"),
  unit("tsp", "volume", "0.00000492892159375", "teaspoons"),
  unit("bbl", "volume", "0.158987294928", "barrels"),
  unit("J", "energy", "1", "joules"),
  unit("kJ", "energy", "1000", "kilojoules"),
  unit("MJ", "energy", "1000000", "megajoules"),
  unit("GJ", "energy", "1000000000", "gigajoules"),
  unit("cal", "energy", "4.184", "calories"),
  unit("kcal", "energy", "4184", "kilocalories"),
  unit("Wh", "energy", "3600", "watt-hours"),
  unit("kWh", "energy", "3600000", "kilowatt-hours"),
  unit("MWh", "energy", "3600000000", "megawatt-hours"),
  unit("GWh", "energy", "3600000000000", "gigawatt-hours"),
  unit("TWh", "energy", "3600000000000000", "terawatt-hours"),
  // The tonne of oil equivalent as the IEA and Eurostat define it: 41.868 GJ, exactly.
  unit("toe", "energy", "41868000000", "tonnes of oil equivalent"),
  unit("ktoe", "energy", "41868000000000", "thousand tonnes of oil equivalent"),
  unit("Mtoe", "energy", "41868000000000000", "million tonnes of oil equivalent"),
  unit("mW", "power", "0.001", "milliwatts"),
  unit("W", "power", "1", "watts"),
  unit("kW", "power", "1000", "kilowatts"),
  unit("MW", "power", "1000000", "megawatts"),
  unit("GW", "power", "1000000000", "gigawatts"),
  unit("TW", "power", "1000000000000", "terawatts"),
  unit("hp", "power", "745.69987158227022", "horsepower"),
  // Pressure in pascals. Mercury columns by their conventional definitions (13.5951 g/cm³ under standard
  // gravity 9.80665 m/s²): 1 mmHg = 133.322387415 Pa, 1 inHg = 25.4 mmHg = 3386.388640341 Pa, both exact.
  // The torr (101325/760 Pa) and the psi (a quotient by 0.0254²) do not terminate, and are left out.
  unit("Pa", "pressure", "1", "pascals"),
  unit("hPa", "pressure", "100", "hectopascals"),
  unit("kPa", "pressure", "1000", "kilopascals"),
  unit("MPa", "pressure", "1000000", "megapascals"),
  unit("mbar", "pressure", "100", "millibars"),
  unit("bar", "pressure", "100000", "bars"),
  unit("atm", "pressure", "101325", "standard atmospheres"),
  unit("mmHg", "pressure", "133.322387415", "millimetres of mercury"),
  unit("inHg", "pressure", "3386.388640341", "inches of mercury"),
  // Temperatures are points on a scale, not amounts: each scale is an exact affine map to degrees
  // Rankine (absolute, so ratios mean something, and every factor and offset terminates in decimal).
  temperature("K", "1.8", "0", "kelvins"),
  temperature("°C", "1.8", "491.67", "degrees Celsius"),
  temperature("°F", "1", "459.67", "degrees Fahrenheit"),
  temperature("°R", "1", "0", "degrees Rankine"),
  unit("ms", "duration", "0.001", "milliseconds"),
  unit("s", "duration", "1", "seconds"),
  unit("min", "duration", "60", "minutes"),
  unit("h", "duration", "3600", "hours"),
  unit("d", "duration", "86400", "days"),
  unit("wk", "duration", "604800", "weeks"),
  unit("km/h", "speed", "1", "kilometres per hour"),
  unit("m/s", "speed", "3.6", "metres per second"),
  unit("mph", "speed", "1.609344", "miles per hour"),
  unit("kn", "speed", "1.852", "knots"),
  unit("bit", "data", "1", "bits"),
  unit("kbit", "data", "1000", "kilobits"),
  unit("Mbit", "data", "1000000", "megabits"),
  unit("Gbit", "data", "1000000000", "gigabits"),
  unit("Tbit", "data", "1000000000000", "terabits"),
  unit("B", "data", "8", "bytes"),
  unit("kB", "data", "8000", "kilobytes"),
  unit("MB", "data", "8000000", "megabytes"),
  unit("GB", "data", "8000000000", "gigabytes"),
  unit("TB", "data", "8000000000000", "terabytes"),
  // Angles in degrees, so that a turn (360) is exact; the radian (180/π degrees) has no exact factor.
  unit("deg", "angle", "1", "degrees"),
  unit("turn", "angle", "360", "turns"),
  unit("Hz", "frequency", "1", "hertz"),
  unit("kHz", "frequency", "1000", "kilohertz"),
  unit("MHz", "frequency", "1000000", "megahertz"),
  unit("GHz", "frequency", "1000000000", "gigahertz"),
  // ISO 4217, with each currency's minor-unit digits: the active codes, and the European currencies the
  // euro replaced, which archived news still quotes ("20 billion francs", "6.65 billion pesetas").
  ...(
    [
      ["USD", "US dollars", 2], ["EUR", "euros", 2], ["GBP", "pounds sterling", 2], ["JPY", "yen", 0],
      ["CNY", "yuan", 2], ["HKD", "Hong Kong dollars", 2], ["KZT", "tenge", 2], ["RUB", "roubles", 2],
      ["UAH", "hryvnias", 2], ["BYN", "Belarusian roubles", 2], ["KGS", "som", 2], ["UZS", "Uzbek sum", 2],
      ["TJS", "somoni", 2], ["TMT", "Turkmen manat", 2], ["AZN", "Azerbaijani manat", 2], ["AMD", "drams", 2],
      ["GEL", "lari", 2], ["MDL", "Moldovan lei", 2], ["MNT", "tögrög", 2], ["TRY", "Turkish lira", 2],
      ["INR", "rupees", 2], ["PKR", "Pakistani rupees", 2], ["LKR", "Sri Lankan rupees", 2], ["NPR", "Nepalese rupees", 2],
      ["BDT", "taka", 2], ["AFN", "afghanis", 2], ["IRR", "Iranian rials", 2], ["IQD", "Iraqi dinars", 3],
      ["CAD", "Canadian dollars", 2], ["AUD", "Australian dollars", 2], ["NZD", "New Zealand dollars", 2],
      ["SGD", "Singapore dollars", 2], ["TWD", "New Taiwan dollars", 2], ["MOP", "patacas", 2], ["CHF", "Swiss francs", 2],
      ["KRW", "won", 0], ["KPW", "North Korean won", 2], ["BRL", "reais", 2], ["MXN", "Mexican pesos", 2],
      ["ARS", "Argentine pesos", 2], ["CLP", "Chilean pesos", 0], ["COP", "Colombian pesos", 2], ["PEN", "soles", 2],
      ["UYU", "Uruguayan pesos", 2], ["PYG", "guaraníes", 0], ["BOB", "bolivianos", 2], ["VES", "bolívares", 2],
      ["CUP", "Cuban pesos", 2], ["DOP", "Dominican pesos", 2], ["CRC", "colones", 2], ["GTQ", "quetzales", 2],
      ["HNL", "lempiras", 2], ["NIO", "córdobas", 2], ["PAB", "balboas", 2], ["JMD", "Jamaican dollars", 2],
      ["TTD", "Trinidad and Tobago dollars", 2], ["BSD", "Bahamian dollars", 2], ["BBD", "Barbadian dollars", 2],
      ["XCD", "East Caribbean dollars", 2], ["HTG", "gourdes", 2], ["PLN", "złoty", 2], ["CZK", "Czech korunas", 2],
      ["HUF", "forints", 2], ["RON", "Romanian lei", 2], ["BGN", "leva", 2], ["RSD", "Serbian dinars", 2],
      ["MKD", "denars", 2], ["BAM", "convertible marks", 2], ["ALL", "lekë", 2], ["ISK", "Icelandic krónur", 0],
      ["SEK", "Swedish kronor", 2], ["NOK", "Norwegian kroner", 2], ["DKK", "Danish kroner", 2],
      ["ZAR", "rand", 2], ["NGN", "naira", 2], ["GHS", "cedis", 2], ["KES", "Kenyan shillings", 2],
      ["UGX", "Ugandan shillings", 0], ["TZS", "Tanzanian shillings", 2], ["ETB", "birr", 2], ["EGP", "Egyptian pounds", 2],
      ["MAD", "Moroccan dirhams", 2], ["DZD", "Algerian dinars", 2], ["TND", "Tunisian dinars", 3], ["LYD", "Libyan dinars", 3],
      ["SDG", "Sudanese pounds", 2], ["XOF", "CFA francs (BCEAO)", 0], ["XAF", "CFA francs (BEAC)", 0],
      ["AOA", "kwanzas", 2], ["ZMW", "Zambian kwacha", 2], ["MZN", "meticais", 2], ["BWP", "pula", 2],
      ["NAD", "Namibian dollars", 2], ["MUR", "Mauritian rupees", 2], ["SOS", "Somali shillings", 2],
      ["RWF", "Rwandan francs", 0], ["SAR", "riyals", 2], ["AED", "dirhams", 2], ["QAR", "Qatari riyals", 2],
      ["KWD", "Kuwaiti dinars", 3], ["BHD", "Bahraini dinars", 3], ["OMR", "Omani rials", 3], ["JOD", "Jordanian dinars", 3],
      ["LBP", "Lebanese pounds", 2], ["SYP", "Syrian pounds", 2], ["YER", "Yemeni rials", 2], ["ILS", "shekels", 2],
      ["THB", "baht", 2], ["VND", "đồng", 0], ["IDR", "rupiah", 2], ["MYR", "ringgit", 2], ["PHP", "Philippine pesos", 2],
      ["MMK", "kyat", 2], ["KHR", "riels", 2], ["LAK", "kip", 2], ["BND", "Brunei dollars", 2], ["FJD", "Fijian dollars", 2],
      ["PGK", "kina", 2], ["ANG", "Netherlands Antillean guilders", 2],
      ["DEM", "Deutsche marks", 2], ["FRF", "French francs", 2], ["ITL", "Italian lire", 0], ["ESP", "pesetas", 0],
      ["NLG", "Dutch guilders", 2], ["BEF", "Belgian francs", 0], ["ATS", "Austrian schillings", 2], ["FIM", "markkaa", 2],
      ["PTE", "escudos", 0], ["IEP", "Irish pounds", 2], ["GRD", "drachmas", 0],
    ] as const
  ).map(([code, name, minor]) => currency(code, name, minor)),
  // Not in ISO 4217: bitcoin as exchanges write it (a satoshi is 10⁻⁸ BTC).
  currency("BTC", "bitcoins", 8),
])();

const BY_CODE: ReadonlyMap<string, Unit> = /* @__PURE__ */ (() => new Map(UNITS.map((u) => [u.code, u])))();

/**
 * Every unit of the registry.
 *
 * @example
 * ```ts
 * units.some((u) => u.code === "nmi" && u.dimension === "length"); // true: nautical miles are lengths
 * ```
 */
export const units: readonly Unit[] = /* @__PURE__ */ (() => Object.freeze([...UNITS]))();

/**
 * The unit with this code, or `undefined`.
 *
 * @example
 * ```ts
 * const mile = getUnit("mi");
 * [mile?.dimension, mile?.factor.toString()]; // ["length", "1609.344"]: metres in a mile, exactly
 * getUnit("parsec");                          // undefined
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
