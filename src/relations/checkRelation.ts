import { Decimal, ZERO } from "../decimal.js";
import { errorFromIssues } from "../errors.js";
import { relationIssues, relationMessages, type CodedMisuse } from "../messages/misuse/relations.js";
import type { Bound, Quantity } from "../quantity/types.js";
import { conversionFactor } from "../quantity/convert.js";
import { getUnit } from "../units/registry.js";
import { intersectIntervals } from "../interval/intersectIntervals.js";
import { isInInterval } from "../interval/isInInterval.js";
import { makeInterval } from "../interval/algebra.js";
import { toInterval } from "../quantity/toInterval.js";
import type { Interval } from "../interval/types.js";
import { addIntervals, divideIntervals, multiplyIntervals, subtractIntervals } from "../interval/intervalArithmetic.js";
import { intervalDistance } from "../interval/intervalDistance.js";
import { KIND_SPECS } from "./kinds/index.js";
import type { Slot } from "./kinds/kindSpec.js";
import { atField, resolveOperand, type ResolvedOperand } from "../claim/resolveOperand.js";
import { toDisplayPlace } from "../messages/numbers/createNumberFormat.js";
import { englishNumbers } from "../messages/numbers/englishNumbers.js";
import {
  RELATION_KINDS,
  type CheckedOperand,
  type Relation,
  type RelationCheck,
  type RelationCode,
  type RelationKind,
  type RelationOptions,
  type RelationVerdict,
} from "./types.js";

const point = (value: Decimal): Interval => makeInterval(value, value, false, false);
const HUNDREDTH = /* @__PURE__ */ new Decimal("0.01");
const HUNDRED = /* @__PURE__ */ new Decimal(100);
const SHARES_CAP = /* @__PURE__ */ makeInterval(null, HUNDRED, false, false);
const NON_NEGATIVE = /* @__PURE__ */ makeInterval(ZERO, null, false, false);
const MIDPOINT_DIGITS = 30;

const fail = (path: readonly (string | number)[], issue: CodedMisuse, input?: unknown): never => {
  throw errorFromIssues("invalid-argument", relationMessages.invalidRelation, [
    { path: [...path], ...issue, ...(input !== undefined && input !== null && typeof input !== "object" ? { input } : {}) },
  ]);
};

const isPercentLike = (unit: string): boolean => unit === "%" || unit === "pp";

/** An interval in `from` converted to `to`, outward; per cent and percentage points are one scale when `points`. */
const convertInterval = (interval: Interval, from: string, to: string, points: boolean, options: RelationOptions): Interval => {
  if (from === to || (points && isPercentLike(from) && isPercentLike(to))) return interval;
  const factor = conversionFactor(from, to, options.rates !== undefined ? { rates: options.rates } : {});
  const scaled = multiplyIntervals(interval, point(factor.times));
  // Temperatures: (value × times + plus) / over, the same affine map at both ends.
  return divideIntervals(factor.plus === undefined ? scaled : addIntervals(scaled, point(factor.plus)), point(factor.over));
};

const checkRole = (slot: Slot, quantity: Quantity): void => {
  const dimension = getUnit(quantity.unit)?.dimension;
  if (slot.role === "percent" && dimension !== "percent") fail(slot.path, relationIssues.notPercent(quantity.text, quantity.unit), quantity.text);
  if (slot.role === "factor" && dimension !== "ratio" && dimension !== "count" && dimension !== "percent")
    fail(slot.path, relationIssues.notFactor(quantity.text, quantity.unit), quantity.text);
  if (slot.role === "amount" && dimension === "ordinal") fail(slot.path, relationIssues.notAmount(quantity.text), quantity.text);
};

const midpoint = (interval: Interval): Decimal | undefined => {
  const { low, high } = interval;
  if (low === null || high === null) return low ?? high ?? undefined;
  return low.eq(high) ? low : low.plus(high).div(2).toSignificantDigits(MIDPOINT_DIGITS);
};

const boundOf = (interval: Interval): Bound => {
  if (interval.low !== null && interval.high === null) return interval.lowOpen ? "moreThan" : "atLeast";
  if (interval.low === null && interval.high !== null) return interval.highOpen ? "lessThan" : "atMost";
  return "range";
};

const impliedQuantity = (computed: Interval, nominal: Decimal | undefined, unit: string): Quantity =>
  Object.freeze({
    text: englishNumbers.interval(computed, unit),
    value: nominal ?? midpoint(computed) ?? ZERO,
    unit,
    bound: boundOf(computed),
    precision: toDisplayPlace(computed),
    low: computed.low,
    high: computed.high,
    lowOpen: computed.lowOpen,
    highOpen: computed.highOpen,
  });

/**
 * Checks arithmetic between figures — a unit conversion, a percent change, a share of a whole, a sum, a
 * difference or a multiple — in exact interval arithmetic that honours every operand's stated precision
 * and bound words ("$41 billion" is [40.5, 41.5] bn, "over 70" is (70, ∞)). Every end is rounded outward,
 * so a conflict is never caused by rounding. Leave one operand out (`null` or absent) and the result
 * carries the value it must have, as `implied`.
 *
 * Operands are claims, quantities, quantity text (`"1,700 km"`, `"16%"`) or safe integers. Amounts may be
 * in different units of one dimension (km and miles; currencies only with `options.rates`).
 *
 * @throws {DiscrepancyError} `invalid-argument` naming the field: an unknown kind, two operands left out,
 * an operand that is not a quantity, a percentage that is not in %, incompatible dimensions.
 * @example
 * ```ts
 * const check = checkRelation({ kind: "percent-change", to: "$1.8 billion", rate: "16%" });
 * check.implied?.text;              // "1.502–1.602 billion USD"
 * check.implied?.low?.toFixed(3);   // "1502145922.747"
 * checkRelation({ kind: "conversion", values: ["more than 1,700 km", "1,056 miles"] }).verdict;
 * // "consistent"
 * ```
 */
export const checkRelation = (relation: Relation, options: RelationOptions = {}): RelationCheck => {
  if (typeof relation !== "object" || relation === null) return fail([], relationIssues.notRelation(relation), relation);
  const kind = (relation as { kind?: unknown }).kind;
  if (typeof kind !== "string" || !(RELATION_KINDS as readonly string[]).includes(kind))
    return fail(["kind"], relationIssues.unknownKind(kind), kind);
  const spec = KIND_SPECS[kind as RelationKind];
  const record = relation as unknown as Readonly<Record<string, unknown>>;
  const slots = spec.slots(record);
  // A misspelt operand ("totl") would otherwise count as left out, and the check would quietly imply it.
  const known = new Set<string>(["kind", "id", "note", "unit", ...slots.map((slot) => String(slot.path[0]))]);
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length > 0) fail([unknown[0]!], relationIssues.unknownFields(unknown));

  const missing = slots.filter((slot) => slot.input === null || slot.input === undefined);
  if (missing.length > 1)
    throw errorFromIssues(
      "invalid-argument",
      relationMessages.invalidRelation,
      missing.map((slot) => ({ path: [...slot.path], ...relationIssues.tooManyMissing(missing.map((s) => s.name)) })),
    );
  const target = missing[0]?.name ?? spec.defaultTarget(slots);
  const targetSlot = slots.find((slot) => slot.name === target)!;

  const resolved = new Map<string, ResolvedOperand>();
  for (const slot of slots) {
    if (slot.input === null || slot.input === undefined) continue;
    const operand = resolveOperand(slot.input, slot.path, options);
    checkRole(slot, operand.quantity);
    resolved.set(slot.name, operand);
  }

  const unitOption = record["unit"];
  if (unitOption !== undefined && (typeof unitOption !== "string" || getUnit(unitOption) === undefined))
    fail(["unit"], relationIssues.unknownUnit(unitOption), unitOption);
  // A conversion into the same unit would imply nothing: the implied value's unit must be named.
  if (kind === "conversion" && missing.length === 1 && unitOption === undefined) fail(["unit"], relationIssues.needsUnit());
  const points = slots.some((slot) => slot.pointsOk === true);
  const statedTarget = resolved.get(target)?.quantity;
  // Amounts are compared in the stated target's unit, else the unit asked for, else the first amount's.
  const firstAmount = slots.find((slot) => slot.role === "amount" && resolved.has(slot.name));
  const common =
    targetSlot.role === "amount" && statedTarget !== undefined
      ? statedTarget.unit
      : typeof unitOption === "string"
        ? unitOption
        : firstAmount === undefined
          ? undefined
          : resolved.get(firstAmount.name)?.quantity.unit;
  if (common === undefined) return fail(["unit"], relationIssues.needsUnit());

  // Working values: amounts in the common unit, percentages as fractions, factors as plain numbers.
  const values = new Map<string, Interval>();
  const nominals = new Map<string, Interval>();
  for (const slot of slots) {
    const operand = resolved.get(slot.name);
    if (operand === undefined) continue;
    const q = operand.quantity;
    const toWorking = (interval: Interval): Interval => {
      if (slot.role === "amount") {
        try {
          return convertInterval(interval, q.unit, common, points, options);
        } catch (error) {
          throw atField(error, relationMessages.invalidRelation, slot.path, q.text);
        }
      }
      return q.unit === "%" ? multiplyIntervals(interval, point(HUNDREDTH)) : interval;
    };
    values.set(slot.name, toWorking(toInterval(q)));
    nominals.set(slot.name, toWorking(point(q.value)));
  }

  // Back from working units to the target's own: a percentage target is shown in %.
  const showInPercent = targetSlot.role === "percent" || (targetSlot.role === "factor" && statedTarget?.unit === "%");
  const unit =
    targetSlot.role === "amount"
      ? statedTarget === undefined && points && common === "%" && target === "difference"
        ? "pp"
        : common
      : showInPercent
        ? "%"
        : (statedTarget?.unit ?? "x");
  const display = (interval: Interval): Interval => (showInPercent ? multiplyIntervals(interval, point(HUNDRED)) : interval);
  const computed = display(spec.solve(target, values));
  const nominal = midpoint(display(spec.solve(target, nominals)));

  let verdict: RelationVerdict = "consistent";
  let code: RelationCode = "value-implied";
  let by: Decimal | undefined;
  let cap: Interval | undefined;
  let remainder: Interval | undefined;
  const stated = statedTarget === undefined ? undefined : toInterval(statedTarget);
  if (stated !== undefined) {
    const meet = intersectIntervals(computed, stated);
    verdict = meet === null ? "conflict" : "consistent";
    code = meet === null ? "relation-fails" : "relation-holds";
    if (meet === null) by = intervalDistance(computed, stated);
  } else if (kind === "sum" && target === "total" && getUnit(common)?.dimension === "percent") {
    // Shares with no total stated: together they cannot exceed the whole.
    cap = SHARES_CAP;
    const meet = intersectIntervals(computed, cap);
    verdict = meet === null ? "conflict" : "consistent";
    code = meet === null ? "shares-exceed-whole" : "shares-fit";
    if (meet === null) by = intervalDistance(computed, cap);
    else remainder = intersectIntervals(subtractIntervals(point(HUNDRED), computed), NON_NEGATIVE) ?? point(ZERO);
  }

  const implied = statedTarget === undefined ? impliedQuantity(computed, nominal, unit) : undefined;
  const operands: CheckedOperand[] = slots.map((slot) => {
    const operand = resolved.get(slot.name);
    if (operand === undefined) return Object.freeze({ name: slot.name, quantity: implied!, interval: computed, implied: true });
    return Object.freeze({
      name: slot.name,
      ...(operand.claimId !== undefined ? { claimId: operand.claimId } : {}),
      quantity: operand.quantity,
      interval: toInterval(operand.quantity),
      implied: false,
    });
  });
  const id = record["id"];
  const note = record["note"];
  const withinRoundingOnly =
    verdict === "consistent" && stated !== undefined && nominal !== undefined ? !isInInterval(stated, nominal) : undefined;

  return Object.freeze({
    kind: kind as RelationKind,
    ...(typeof id === "string" ? { id } : {}),
    ...(typeof note === "string" ? { note } : {}),
    verdict,
    operands: Object.freeze(operands),
    target,
    unit,
    computed,
    ...(nominal !== undefined ? { nominal } : {}),
    ...(stated !== undefined ? { stated } : {}),
    ...(implied !== undefined ? { implied } : {}),
    ...(by !== undefined ? { by } : {}),
    ...(withinRoundingOnly !== undefined ? { withinRoundingOnly } : {}),
    explanation: Object.freeze({
      code,
      formula: relationMessages.formula(kind as RelationKind, target, slots.length - 1),
      ...(cap !== undefined ? { cap } : {}),
      ...(remainder !== undefined ? { remainder } : {}),
    }),
  });
};
