import type { Claim } from "../claim/types.js";
import { assertClaim } from "../claim/assertClaim.js";
import { DiscrepancyError, errorFromIssues, type DiscrepancyIssue } from "../errors.js";
import { relationIssues, relationMessages } from "../messages/misuse/relations.js";
import { quantity as quantityFromParts } from "../quantity/quantity.js";
import { checkOrdinal } from "../timeline/checkOrdinal.js";
import type { OrdinalCheck, OrdinalCheckInput, Timeline } from "../timeline/types.js";
import { toIssues } from "../zodIssues.js";
import { checkRelation } from "./checkRelation.js";
import { RelationsInputSchema, type OperandInputSchema, type OrdinalInputSchema } from "./schema.js";
import type { Quantity } from "../quantity/types.js";
import type { Relation, RelationCheck, RelationKind, RelationOperand, RelationOptions } from "./types.js";
import type { z } from "zod";
import { PARSE_OPTIONS } from "../schemaLocale.js";

/** Claims to resolve ids against: a list, a map or a record by id. */
export type ClaimLookup = readonly Claim[] | ReadonlyMap<string, Claim> | Readonly<Record<string, Claim>>;

/** Options for {@link checkRelations}: how operand text is read, exchange rates, and the timeline. */
export interface CheckRelationsOptions extends RelationOptions {
  /** The events ordinal checks count; overrides the input's own `timeline` (needed when that names a file). */
  readonly timeline?: Timeline;
}

/** A value no one stated that a relation implies: "GDP ≈ $257–269 bn". */
export interface ImpliedValue {
  /** The relation's id, when it has one. */
  readonly relation?: string;
  readonly kind: RelationKind;
  /** The operand that was left out: `from`, `whole`, `a`, `result`, `total`, … */
  readonly target: string;
  readonly quantity: Quantity;
  readonly note?: string;
}

/** What {@link checkRelations} found, ready to go into a report. Frozen plain data. */
export interface RelationsReport {
  readonly relations: readonly RelationCheck[];
  readonly ordinals: readonly OrdinalCheck[];
  /** The implied values, relation by relation. */
  readonly implied: readonly ImpliedValue[];
  readonly summary: {
    readonly relations: number;
    readonly ordinals: number;
    /** Failed relations and ordinal checks together. */
    readonly conflicts: number;
    /** Relations that implied a value no one stated. */
    readonly implied: number;
  };
}

type OperandJSON = z.output<typeof OperandInputSchema>;
type OrdinalJSON = z.output<typeof OrdinalInputSchema>;

// A Map or record is checked claim by claim as ids are looked up; a list is checked whole, being read whole.
const checked = (found: unknown, id: string): Claim | undefined => {
  if (found === undefined) return undefined;
  assertClaim(found, `claims[${JSON.stringify(id)}]`);
  return found;
};

const toLookup = (claims: ClaimLookup): ((id: string) => Claim | undefined) => {
  if (Array.isArray(claims)) {
    const byId = new Map<string, Claim>();
    (claims as readonly unknown[]).forEach((c, i) => assertClaim(c, `claims[${i}]`));
    for (const c of claims as readonly Claim[]) byId.set(c.id, c);
    return (id) => byId.get(id);
  }
  if (claims instanceof Map) return (id) => checked(claims.get(id), id);
  if (typeof claims !== "object" || claims === null) throw new DiscrepancyError("invalid-argument", relationMessages.badClaimLookup(claims));
  const record = claims as Readonly<Record<string, Claim>>;
  return (id) => (Object.hasOwn(record, id) ? checked(record[id], id) : undefined);
};

/** Re-throws an error with the place in the input it came from in front of its issue paths. */
const under = (prefix: readonly (string | number)[], error: unknown): never => {
  if (!(error instanceof DiscrepancyError)) throw error;
  const issues: DiscrepancyIssue[] =
    error.issues.length > 0
      ? error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }))
      : [{ path: [...prefix], code: error.code, params: {}, message: error.message }];
  throw errorFromIssues(error.code, relationMessages.invalidRelations, issues);
};

const unknownClaim = (path: readonly (string | number)[], id: string): never => {
  throw errorFromIssues("invalid-argument", relationMessages.invalidRelations, [
    { path: [...path], ...relationIssues.unknownClaim(id), input: id },
  ]);
};

/** The event a claim's period stands for: its day, month or year. */
const eventOfPeriod = (claim: Claim): string | undefined => {
  const period = claim.period;
  if (period === undefined) return undefined;
  if (period.kind === "day" || period.kind === "instant") return period.start;
  if (period.kind === "month") return period.start.slice(0, 7);
  if (period.kind === "year") return period.start.slice(0, 4);
  return undefined;
};

const OPERAND_KEYS: Readonly<Record<string, readonly string[]>> = {
  "percent-change": ["from", "to", "rate"],
  share: ["part", "whole", "share"],
  difference: ["a", "b", "difference"],
  multiple: ["base", "result", "factor"],
};

/**
 * Checks the relations and ordinal claims a claims file declares beside its claims, with operands given
 * as claim ids: `"relations": [{ "kind": "conversion", "values": ["border-km", "border-mi"] }]`,
 * `"ordinals": [{ "claim": "visits-2025-third", "event": "2025-06-16", "since": "2020-01-01" }]` and a
 * `"timeline"` with inline events (a timeline file name must be read by the caller and passed as
 * `options.timeline`, since the core reads no files). Accepts the file object or a bare list of relations.
 *
 * @throws {DiscrepancyError} naming the place in the input: invalid JSON forms (see
 * {@link RelationsInputSchema}), unknown claim ids, and any error of {@link checkRelation} or
 * {@link checkOrdinal}.
 * @example
 * ```ts
 * const { claims } = parseClaims(JSON.parse(readFileSync("examples/kazakhstan-china/claims.json", "utf8")));
 * const file = JSON.parse(readFileSync("examples/kazakhstan-china/relations.json", "utf8")); // { relations, ordinals }
 * const timeline = JSON.parse(readFileSync("examples/kazakhstan-china/timeline.json", "utf8"));
 * const found = checkRelations(file, claims, { timeline });
 * found.summary; // { relations: 6, ordinals: 3, conflicts: 0, implied: 5 }
 * found.relations[0].verdict; // "consistent"
 * ```
 */
export const checkRelations = (input: unknown, claims: ClaimLookup, options: CheckRelationsOptions = {}): RelationsReport => {
  const wrapped = Array.isArray(input) ? { relations: input } : input;
  const parsed = RelationsInputSchema.safeParse(wrapped, PARSE_OPTIONS);
  if (!parsed.success) throw errorFromIssues("invalid-argument", relationMessages.invalidRelations, toIssues(parsed.error, wrapped));
  const data = parsed.data;
  const find = toLookup(claims);
  const { timeline: timelineOption, ...relationOptions } = options;

  const toOperand = (value: OperandJSON | null | undefined, path: readonly (string | number)[]): RelationOperand | null | undefined => {
    if (value === null || value === undefined) return value;
    if (typeof value === "string") return find(value) ?? unknownClaim(path, value);
    const literal = value.value;
    if (typeof literal === "string" || typeof literal === "number") return literal;
    try {
      return quantityFromParts(literal);
    } catch (error) {
      return under([...path, "value"], error);
    }
  };

  const relations = (data.relations ?? []).map((json, index): RelationCheck => {
    const at = ["relations", index] as const;
    const record = json as unknown as Readonly<Record<string, unknown>>;
    const relation: Record<string, unknown> = { kind: json.kind };
    for (const key of ["id", "note", "unit"] as const) if (json[key] !== undefined) relation[key] = json[key];
    if (json.kind === "conversion") relation["values"] = json.values.map((v, i) => toOperand(v, [...at, "values", i]));
    else if (json.kind === "sum") {
      relation["parts"] = json.parts.map((v, i) => toOperand(v, [...at, "parts", i]));
      relation["total"] = toOperand(json.total, [...at, "total"]);
    } else for (const key of OPERAND_KEYS[json.kind]!) relation[key] = toOperand(record[key] as OperandJSON | undefined, [...at, key]);
    try {
      return checkRelation(relation as unknown as Relation, relationOptions);
    } catch (error) {
      return under(at, error);
    }
  });

  const ordinalInputs = data.ordinals ?? [];
  let timeline: Timeline | undefined = timelineOption;
  if (timeline === undefined && ordinalInputs.length > 0) {
    if (typeof data.timeline === "string")
      throw errorFromIssues("invalid-argument", relationMessages.invalidRelations, [
        { path: ["timeline"], ...relationIssues.timelineFile(data.timeline), input: data.timeline },
      ]);
    if (data.timeline === undefined)
      throw errorFromIssues("invalid-argument", relationMessages.invalidRelations, [{ path: ["timeline"], ...relationIssues.claimWithoutTimeline() }]);
    timeline = data.timeline as Timeline;
  }

  const ordinals = ordinalInputs.map((json: OrdinalJSON, index): OrdinalCheck => {
    const at = ["ordinals", index] as const;
    const claim = json.claim === undefined ? undefined : (find(json.claim) ?? unknownClaim([...at, "claim"], json.claim));
    if (claim !== undefined && (json.ordinal !== undefined || json.count !== undefined))
      return under(at, errorFromIssues("invalid-argument", relationMessages.invalidRelations, [
        { path: ["claim"], ...relationIssues.claimOrValue() },
      ]));
    const event = json.event ?? (claim === undefined ? undefined : eventOfPeriod(claim));
    if (event === undefined)
      return under(at, errorFromIssues("invalid-argument", relationMessages.invalidRelations, [{ path: ["event"], ...relationIssues.needsEvent() }]));
    const stated =
      claim === undefined
        ? { ordinal: json.ordinal, count: json.count }
        : claim.quantity.unit === "ordinal"
          ? { ordinal: claim }
          : { count: claim };
    const input: OrdinalCheckInput = {
      ...stated,
      event,
      since: json.since,
      until: json.until,
      id: json.id,
      note: json.note,
    };
    try {
      return checkOrdinal(input, timeline!, relationOptions.lang !== undefined ? { lang: relationOptions.lang } : {});
    } catch (error) {
      return under(at, error);
    }
  });

  const conflicts =
    relations.filter((r) => r.verdict === "conflict").length + ordinals.filter((o) => o.verdict === "conflict").length;
  const implied = relations.flatMap((r): ImpliedValue[] =>
    r.implied === undefined
      ? []
      : [
          Object.freeze({
            ...(r.id !== undefined ? { relation: r.id } : {}),
            kind: r.kind,
            target: r.target,
            quantity: r.implied,
            ...(r.note !== undefined ? { note: r.note } : {}),
          }),
        ],
  );
  return Object.freeze({
    relations: Object.freeze(relations),
    ordinals: Object.freeze(ordinals),
    implied: Object.freeze(implied),
    summary: Object.freeze({
      relations: relations.length,
      ordinals: ordinals.length,
      conflicts,
      implied: relations.filter((r) => r.implied !== undefined).length,
    }),
  });
};
