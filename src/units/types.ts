import type { Decimal } from "../decimal.js";

/** What a unit measures. Units convert only inside one dimension (currencies only with a dated rate). */
export type Dimension =
  | "currency"
  | "count"
  | "ordinal"
  | "mass"
  | "length"
  | "area"
  | "volume"
  | "energy"
  | "power"
  | "duration"
  | "pressure"
  | "temperature"
  | "speed"
  | "data"
  | "frequency"
  | "angle"
  | "percent"
  | "percentage-point"
  | "ratio";

/** A unit of the registry: its code, dimension and exact factor to the dimension's base unit. */
export interface Unit {
  /** `USD`, `km`, `t`, `%`, `pp`, `count`, `ordinal`. */
  readonly code: string;
  readonly dimension: Dimension;
  /** Exact factor to the dimension's base unit (`mi` → 1609.344 m); `null` for currencies, which need a rate. */
  readonly factor: Decimal | null;
  /**
   * Temperatures only: the unit is a point on a scale, and `value × factor + offset` is the value in the
   * dimension's base (degrees Rankine, absolute): °C has factor 1.8 and offset 491.67. Every conversion
   * applies both, to the value and to each end of the interval.
   */
  readonly offset?: Decimal;
  /** A human name, for messages and reports. */
  readonly name: string;
  /**
   * Currencies only: the digits of the minor unit, as ISO 4217 lists them (2 for USD: cents; 0 for
   * JPY; 3 for KWD: fils). "15 dollars 50" is 15.50 because USD has two; "100 yen 50" is no amount.
   */
  readonly minorDigits?: number;
}
