import { assertAliases } from "../entity/resolveEntity.js";
import { DiscrepancyError, errorFromIssues, type DiscrepancyIssue } from "../errors.js";
import { assertMetricWords } from "../metric/resolveMetric.js";
import { LANGS, type Lang } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import { safeParsePeriod } from "../period/safeParsePeriod.js";
import type { Period } from "../period/types.js";
import { safeParseQuantity } from "../quantity/parseQuantity.js";
import { quantity as quantityFromParts, quantityFromValidParts } from "../quantity/quantity.js";
import type { Quantity } from "../quantity/types.js";
import type { SourceObjectInput } from "../source/schema.js";
import type { Source } from "../source/types.js";
import { getUnit } from "../units/registry.js";
import { jsonShapeIssues } from "../jsonShapeIssues.js";
import { toIssues } from "../zodIssues.js";
import type { ClaimOptions } from "./options.js";
import { readCommonShape } from "./readCommonShape.js";
import { ClaimInputSchema, type ClaimInput } from "./schema.js";
import { toClaimId } from "./toClaimId.js";
import { sharedParts, type PartsCache } from "./shareParts.js";
import type { Claim } from "./types.js";
import { PARSE_OPTIONS } from "../schemaLocale.js";

type Parsed = ReturnType<typeof ClaimInputSchema.parse>;

const toSource = (input: string | SourceObjectInput, parts: PartsCache): Source => {
  if (typeof input === "string") return parts.namedSource(input);
  return Object.freeze({
    name: input.name.trim(),
    ...(input.type !== undefined ? { type: input.type } : {}),
    ...(input.country !== undefined ? { country: input.country.toUpperCase() } : {}),
    ...(input.via !== undefined ? { via: Object.freeze(input.via.map((via) => toSource(via, parts))) } : {}),
  });
};

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

// A deep frozen copy of plain objects and arrays, so a claim never shares mutable parts with its input
// (depth is bounded by jsonShapeIssues); other objects (dates, class instances) are kept as given.
const frozenCopy = (value: unknown): unknown => {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy));
  if (typeof value === "object" && value !== null && isPlainObject(value))
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, v]) => [key, frozenCopy(v)])));
  return value;
};

/** Throws unless the options are an object (they are misuse, not bad data, so they are never an issue). @internal */
export const assertOptions = (options: unknown): void => {
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", messages.badOption("options", options, "an object"));
  const { aliases, metrics } = options as ClaimOptions;
  if (aliases !== undefined) assertAliases(aliases, "aliases");
  if (metrics !== undefined) assertMetricWords(metrics, "metrics");
  const fy = (options as ClaimOptions).fiscalYearStart;
  if (fy !== undefined && !(typeof fy === "number" && Number.isInteger(fy) && fy >= 2 && fy <= 12))
    throw new DiscrepancyError("invalid-argument", messages.badFiscalYearStart(fy), [{ path: ["fiscalYearStart"], message: messages.badFiscalYearStart(fy), input: fy }]);
};

const knownLang = (lang: string | undefined): Lang | undefined => {
  const lower = lang?.toLowerCase();
  return LANGS.find((l) => l === lower);
};

const toQuantity = (value: Parsed["value"], lang: Lang | undefined, options: ClaimOptions, unit: string | undefined): Quantity => {
  if (typeof value === "string") {
    const result = safeParseQuantity(value, {
      ...(lang !== undefined ? { lang } : {}),
      ...(options.dollar !== undefined ? { dollar: options.dollar } : {}),
      ...(options.approxTolerance !== undefined ? { approxTolerance: options.approxTolerance } : {}),
    });
    if (result.success) return result.quantity;
    throw result.error;
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value))
      throw new DiscrepancyError(
        "invalid-quantity",
        Number.isFinite(value) ? messages.fractionalNumber(value) : messages.badAmount(value),
      );
    // A number is its digits: read as `{ amount, unit }` and as the same digits in text would be, with
    // the claim's unit in its text ("41000000000 USD"), so how a figure was written changes nothing.
    return quantityFromParts({ amount: value, ...(unit !== undefined && getUnit(unit) !== undefined ? { unit } : {}) });
  }
  // Checked with the whole claim (by readCommonShape or the claim schema): not validated again. Parts
  // without a unit take the claim's, in their text too ("41 billion USD", not "41 billion count").
  return quantityFromValidParts(value.unit === undefined && unit !== undefined && getUnit(unit) !== undefined ? { ...value, unit } : value);
};

const issueFrom = (error: unknown, path: readonly (string | number)[], input: unknown): DiscrepancyIssue[] => {
  if (error instanceof DiscrepancyError && error.issues.length > 0)
    return error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof DiscrepancyError ? error.code : "custom";
  return [{ path: [...path], code, params: {}, message, input }];
};

/**
 * Validates one claim and builds it, or returns every issue found (with paths relative to the claim).
 * Shared by {@link claim} and {@link parseClaims}; `parts` are the caches of shared parts it draws from.
 *
 * @internal
 */
export const buildClaim = (
  input: unknown,
  options: ClaimOptions = {},
  parts: PartsCache = sharedParts,
): { readonly claim: Claim; readonly issues?: undefined } | { readonly claim?: undefined; readonly issues: DiscrepancyIssue[] } => {
  // Not an object at all: answered here, because building zod's issue for it costs far more, and a
  // million-row file of nulls must stay cheap.
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { issues: [{ path: [], code: "not-a-claim", params: {}, message: messages.notAClaimObject(input), input }] };
  const shape = jsonShapeIssues(input);
  if (shape.length > 0) return { issues: shape };
  let data = readCommonShape(input);
  if (data === undefined) {
    const parsed = ClaimInputSchema.safeParse(input, PARSE_OPTIONS);
    if (!parsed.success) return { issues: toIssues(parsed.error, input) };
    data = parsed.data;
  }
  const issues: DiscrepancyIssue[] = [];
  const lang = knownLang(data.reportedBy?.lang);

  let quantity: Quantity | undefined;
  try {
    quantity = toQuantity(data.value, lang, options, data.unit);
  } catch (error) {
    issues.push(...issueFrom(error, ["value"], data.value));
  }
  // A unit given beside an ambiguous symbol ("$41 billion" with unit "USD" or "CAD") settles it: the claim
  // then reads as "US$41 billion" would, with no other dollar left to suspect.
  if (quantity?.unitCandidates !== undefined && data.unit !== undefined && quantity.unitCandidates.includes(data.unit)) {
    const { unitCandidates: _settled, ...rest } = quantity;
    quantity = Object.freeze({ ...rest, unit: data.unit });
  }
  if (quantity !== undefined && data.unit !== undefined && data.unit !== quantity.unit) {
    if (getUnit(data.unit) === undefined) issues.push({ path: ["unit"], code: "unknown-unit", params: { unit: data.unit }, message: messages.unknownUnit(data.unit), input: data.unit });
    else if (quantity.unit !== "count")
      issues.push({
        path: ["unit"],
        code: "unit-mismatch",
        params: { unit: data.unit, written: quantity.unit },
        message: messages.unitMismatch(data.unit, quantity.unit),
        input: data.unit,
      });
    else quantity = Object.freeze({ ...quantity, unit: data.unit });
  }

  let period: Period | undefined;
  if (data.period !== undefined) {
    const reference = data.reportedBy?.publishedAt ?? options.reference;
    const fy = options.fiscalYearStart;
    period = parts.findPeriod(data.period, reference, lang, fy);
    if (period === undefined) {
      const result = safeParsePeriod(data.period, {
        ...(reference !== undefined ? { reference } : {}),
        ...(lang !== undefined ? { lang } : {}),
        ...(fy !== undefined ? { fiscalYearStart: fy } : {}),
      });
      if (result.success) period = parts.period(data.period, reference, lang, result.period, fy);
      else issues.push({ path: ["period"], code: "invalid-period", params: {}, message: result.error.message, input: data.period });
    }
  }
  if (quantity === undefined || issues.length > 0) return { issues };

  const direction = data.direction ?? false;
  // Subject, qualifiers, period and a source given by name are shared with other claims that state the
  // same (see shareParts.ts): frozen either way, they are one object each instead of one per claim.
  const { subject, qualifiers, seriesKey } = parts.series(data.metric, data.subject, direction, data.qualifiers, options);
  const source = toSource(data.source, parts);
  const modality = data.modality ?? "actual";
  const body = {
    metric: data.metric,
    subject,
    direction,
    qualifiers,
    ...(period !== undefined ? { period } : {}),
    modality,
    quantity,
    source,
    ...(data.reportedBy !== undefined ? { reportedBy: Object.freeze({ ...data.reportedBy }) } : {}),
    ...(data.quote !== undefined ? { quote: data.quote } : {}),
    seriesKey,
    ...(data.meta !== undefined ? { meta: frozenCopy(data.meta) as Readonly<Record<string, unknown>> } : {}),
  } as Omit<Claim, "id">;
  // The id first, as before: a claim prints its id first. Without one given, the hash of every field.
  const claim = { id: data.id ?? toClaimId(body), ...body } as Claim;
  return { claim: Object.freeze(claim) };
};

/**
 * Validates a claim given as JSON and returns it frozen, with its quantity parsed, its period resolved
 * (relative phrases against `reportedBy.publishedAt`) and its series key. The input is never mutated.
 *
 * @throws {DiscrepancyError} `invalid-claim`, whose message and `issues` name every field at fault.
 * @example
 * ```ts
 * const c = claim({
 *   metric: "trade turnover",
 *   subject: ["China", "Kazakhstan"],
 *   value: "$31.5 billion",
 *   period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" },
 * });
 * c.quantity.low?.toString();  // "31450000000"
 * c.quantity.high?.toString(); // "31550000000"
 * c.period?.start;             // "2023-01-01"
 * ```
 */
export const claim = (input: ClaimInput, options: ClaimOptions = {}): Claim => {
  assertOptions(options);
  const result = buildClaim(input, options);
  if (result.claim !== undefined) return result.claim;
  throw errorFromIssues("invalid-claim", messages.invalidClaim, result.issues);
};
