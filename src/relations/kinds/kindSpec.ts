import type { Interval } from "../../interval/types.js";

/**
 * What an operand slot holds: an `amount` in some unit (all amounts of a relation share one dimension), a
 * `percent` used as a fraction ("16%" → 0.16), or a dimensionless `factor` (2, "2x", "200%").
 *
 * @internal
 */
export type Role = "amount" | "percent" | "factor";

/** One operand slot of a relation as given. @internal */
export interface Slot {
  /** `from`, `values[0]`, `parts[2]`: the name reported back and used in messages. */
  readonly name: string;
  /** Where the slot is in the relation input, for error paths. */
  readonly path: readonly (string | number)[];
  readonly role: Role;
  readonly input: unknown;
  /** An amount slot that may be in percentage points when the others are in per cent (a difference of shares). */
  readonly pointsOk?: boolean;
}

/**
 * A relation kind: its slots, the slot checked by default, and how to solve for any one slot from the
 * others. Values reach `solve` in working units — amounts in one common unit, percentages as fractions —
 * and every formula uses each operand once, so interval arithmetic gives the exact range.
 *
 * @internal
 */
export interface KindSpec {
  readonly slots: (relation: Readonly<Record<string, unknown>>) => readonly Slot[];
  readonly defaultTarget: (slots: readonly Slot[]) => string;
  readonly solve: (target: string, values: ReadonlyMap<string, Interval>) => Interval;
}

/** The value of a slot that `solve` needs; the caller has filled every slot but the target. @internal */
export const valueOf = (values: ReadonlyMap<string, Interval>, name: string): Interval => {
  const value = values.get(name);
  if (value === undefined) throw new Error(`internal: no value for ${name}`);
  return value;
};
