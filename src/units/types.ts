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
}
