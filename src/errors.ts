import { formatIssuePath } from "./messages/misuse/quote.js";

/**
 * The closed list of error codes. Misuse of the API (bad input, unknown names) throws; disagreements
 * between claims never do — they are results.
 */
export type DiscrepancyErrorCode =
  | "invalid-claim"
  | "invalid-quantity"
  | "invalid-period"
  | "invalid-unit"
  | "invalid-argument"
  | "missing-rate";

/**
 * One problem found in the input, as coded data: where it is (a path of keys and indexes), what is
 * wrong as a `code` and its `params`, and the same in English words (`message`). Issues found by a zod
 * schema keep zod's own code (`invalid_type`, `too_big`, `unrecognized_keys`, `invalid_format`,
 * `custom`, …) and its parameters (`expected`, `maximum`, `keys`, …); the library's own codes are
 * kebab-case: `duplicate-id` (`{ id, record, first }`, indexes in the list from 0), `repeated-record`
 * (`{ record, first }`), `more-issues` (`{ count }`), `unknown-unit` (`{ unit }`), `unit-mismatch`,
 * `unknown-key` (`{ key, suggestion? }`), `not-a-claim`, `not-a-list`, `too-deep`, `reserved-key`,
 * `invalid-period` and `invalid-argument` (with `{ message }` when nothing more specific applies),
 * `not-text`, `invalid-quantity`, `too-many-digits` (`{ amount, maximum }`); relation checks and
 * timelines have their own: `unknown-fields` (`{ keys }`), `unknown-relation-kind` (`{ kind }`),
 * `not-a-percent`/`not-a-factor`/`not-an-ordinal`/`not-a-count` (`{ text, unit }`), `invalid-date`
 * (`{ text }`), `unknown-event`, `ambiguous-event` (`{ event, count }`), `reversed-window`, … (the
 * English issue catalogue lists every code). `formatIssue` renders one in another language.
 */
export interface DiscrepancyIssue {
  readonly path: readonly (string | number)[];
  /** What is wrong, as a code (see above); `custom` when a caller built the issue without one. */
  readonly code: string;
  /** The code's parameters: plain data. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The issue in English words, naming the bad value. */
  readonly message: string;
  /** The offending value, when it is short plain data (null, a boolean, a number, text of at most 1,000 characters). */
  readonly input?: unknown;
}

/** An issue as code builds it: `code` and `params` may be left out (then `custom`, `{}`). @internal */
export type IssueInput = Omit<DiscrepancyIssue, "code" | "params"> & { readonly code?: string; readonly params?: Readonly<Record<string, unknown>> };

const BRAND = Symbol.for("discrepancy.error");

const MAX_INPUT_LENGTH = 1000;

// An issue keeps the offending value only when it is short plain data: an error must stay cheap to keep
// and always serialisable, and a 10,000-level object or a BigInt would break JSON.stringify.
const isQuotable = (value: unknown): boolean =>
  value === null ||
  typeof value === "boolean" ||
  typeof value === "number" ||
  (typeof value === "string" && value.length <= MAX_INPUT_LENGTH);

const toIssue = (issue: Partial<DiscrepancyIssue> | null | undefined): DiscrepancyIssue => {
  const { input, ...rest } = issue ?? {};
  const params = issue?.params;
  return Object.freeze({
    ...rest,
    code: typeof issue?.code === "string" ? issue.code : "custom",
    params: Object.freeze(typeof params === "object" && params !== null ? { ...params } : {}),
    message: String(issue?.message),
    path: Object.freeze(Array.isArray(issue?.path) ? [...issue.path] : []),
    ...(isQuotable(input) ? { input } : {}),
  });
};

/**
 * The library's one error class. Its message names the field or the text at fault; `issues` lists
 * every problem with its path, so a caller can point at each one.
 *
 * @example
 * ```ts
 * const error = safeParseQuantity("banana").error;
 * error instanceof DiscrepancyError; // true
 * error?.code;                       // "invalid-quantity"
 * error?.message;                    // "no quantity found in \"banana\""
 * ```
 */
export class DiscrepancyError extends Error {
  override readonly name = "DiscrepancyError";
  readonly code: DiscrepancyErrorCode;
  readonly issues: readonly DiscrepancyIssue[];

  constructor(code: DiscrepancyErrorCode, message: string, issues: readonly IssueInput[] = []) {
    super(message);
    this.code = code;
    // Callers may build errors too: anything but a list of issues with paths is kept as no issues or an empty path.
    const list: readonly Partial<DiscrepancyIssue>[] = Array.isArray(issues) ? issues : [];
    this.issues = Object.freeze(list.map(toIssue));
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** Plain data, so errors can be logged or sent as JSON. */
  toJSON(): { name: string; code: DiscrepancyErrorCode; message: string; issues: readonly DiscrepancyIssue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }
}

/**
 * Whether `error` is a {@link DiscrepancyError}, also across copies of the library (ESM and CJS).
 *
 * @example
 * ```ts
 * isDiscrepancyError(new DiscrepancyError("invalid-argument", "bad")); // true
 * isDiscrepancyError(new TypeError("x")); // false
 * ```
 */
export const isDiscrepancyError = (error: unknown): error is DiscrepancyError =>
  typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;

/** Builds an error whose message lists the issues with their paths. @internal */
export const errorFromIssues = (
  code: DiscrepancyErrorCode,
  what: string,
  issues: readonly IssueInput[],
): DiscrepancyError => {
  const shown = issues.slice(0, 5).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : "";
  return new DiscrepancyError(code, `${what}: ${shown.join("; ")}${more}`, issues);
};
