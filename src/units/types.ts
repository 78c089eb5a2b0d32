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
  /** A human name, for messages and reports. */
  readonly name: string;
  /**
   * Currencies only: the digits of the minor unit, as ISO 4217 lists them (2 for USD: cents; 0 for
   * JPY; 3 for KWD: fils). "15 dollars 50" is 15.50 because USD has two; "100 yen 50" is no amount.
   */
  readonly minorDigits?: number;
}
