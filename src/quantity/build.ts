import { Decimal, pow10 } from "../decimal.js";
import { getUnit } from "../units/registry.js";
import { DEFAULT_APPROX_TOLERANCE, isRoundNumber, ROUND_NUMBER_CAP, roundingStep, writtenPrecision, type WrittenNumber } from "./policy.js";
import type { Bound, Quantity } from "./types.js";

/**
 * What the words around a number say, before it becomes a {@link Bound}: "about" and "almost" are both
 * approximations but widen on different sides. `plain` lets the precision policy decide between exact
 * and rounded.
 *
 * @internal
 */
export type Qualifier = "plain" | "exact" | "about" | "almost" | "moreThan" | "atLeast" | "atMost" | "lessThan";

/** Everything the scanner (or a structured input) knows about one quantity. @internal */
export interface QuantityParts {
  readonly text: string;
  readonly written: WrittenNumber;
  /** The upper end of a range ("2–3 million"): `written` is then the lower end. */
  readonly writtenHigh?: WrittenNumber;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly negative?: boolean;
  /** The far end of a range is negative too: "−5 to −3 °C". */
  readonly negativeHigh?: boolean;
  readonly noun?: string;
  readonly unitCandidates?: readonly string[];
  readonly approxTolerance?: Decimal;
  /** A stated precision that overrides the written one (structured input): the rounding step is 10^precision. */
  readonly precision?: number;
  /** Force `rounded` even where the policy would call a plain integer exact. */
  readonly rounded?: boolean;
}

const valueOf = (written: WrittenNumber, negative: boolean): Decimal =>
  // One exact parse of "41e9" (digits are capped at 30, scales at ±60): no product to allocate.
  new Decimal(`${negative ? "-" : ""}${written.digits}e${written.scale}`);

/**
 * Turns parts into a frozen {@link Quantity}, applying the precision policy. Pure; the caller has checked
 * that `unit` is in the registry and `digits` is a plain decimal.
 *
 * @internal
 */
export const buildQuantity = (parts: QuantityParts): Quantity => {
  const dimension = getUnit(parts.unit)?.dimension ?? "count";
  const negative = parts.negative === true;
  const value = valueOf(parts.written, negative);
  let precision = parts.precision ?? writtenPrecision(parts.written);
  let bound: Bound;
  let low: Decimal | null = value;
  let high: Decimal | null = value;
  let lowOpen = false;
  let highOpen = false;
  let nominal = value;

  if (parts.writtenHigh !== undefined) {
    const top = valueOf(parts.writtenHigh, parts.negativeHigh === true);
    precision = Math.min(precision, writtenPrecision(parts.writtenHigh));
    bound = "range";
    [low, high] = value.lte(top) ? [value, top] : [top, value];
    nominal = low.plus(high).div(2);
  } else {
    const step =
      parts.precision !== undefined
        ? pow10(parts.precision)
        : (roundingStep(parts.written, dimension) ?? (parts.rounded === true ? pow10(precision) : null));
    const half =
      step === null
        ? new Decimal(0)
        : parts.precision === undefined && isRoundNumber(parts.written) && dimension !== "temperature"
          ? Decimal.min(step.div(2), value.abs().times(ROUND_NUMBER_CAP))
          : step.div(2);
    switch (parts.qualifier) {
      case "plain":
        bound = step === null ? "exact" : "rounded";
        low = value.minus(half);
        high = value.plus(half);
        break;
      case "exact":
        bound = "exact";
        break;
      case "about":
      case "almost": {
        const tolerance = parts.approxTolerance ?? DEFAULT_APPROX_TOLERANCE;
        // A share of a temperature means nothing (its zero is a convention): "about 20 °C" widens by a
        // unit of its last digit, 19–21 °C.
        const width = dimension === "temperature" ? pow10(precision) : Decimal.max(half, value.abs().times(tolerance));
        bound = "approx";
        low = value.minus(width);
        high = value.plus(width);
        // "almost" falls short in size: "almost 2 million" is at most 2 million, "almost −$5 billion" at
        // least −5 billion (a deficit of almost 5).
        if (parts.qualifier === "almost") {
          if (value.isNegative()) low = value;
          else high = value;
        }
        break;
      }
      case "moreThan":
        bound = "moreThan";
        high = null;
        lowOpen = true;
        break;
      case "atLeast":
        bound = "atLeast";
        high = null;
        break;
      case "atMost":
        bound = "atMost";
        low = null;
        break;
      case "lessThan":
        bound = "lessThan";
        low = null;
        highOpen = true;
        break;
    }
  }
  const quantity: Quantity = {
    text: parts.text,
    value: nominal,
    unit: parts.unit,
    bound,
    precision,
    low,
    high,
    lowOpen,
    highOpen,
    ...(parts.noun !== undefined ? { noun: parts.noun } : {}),
    ...(parts.unitCandidates !== undefined ? { unitCandidates: Object.freeze([...parts.unitCandidates]) } : {}),
  };
  return Object.freeze(quantity);
};
