import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages.js";

/** The fields that decide which series a claim belongs to. */
export interface SeriesFields {
  readonly metric: string;
  readonly subject: readonly string[];
  readonly direction: boolean;
  readonly qualifiers: Readonly<Record<string, string>>;
}

// Case and spacing are how people write, not what they mean; punctuation inside names is kept. Control
// characters mean nothing in a name and become spaces, which frees them to separate the parts of a key.
const normalise = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");

// Control characters cannot occur in normalised text (names are untrusted and may contain anything else),
// so the joined parts of a key cannot collide.
const SEP = "\u001f"; // between metric, subjects and qualifiers
const SUB = "\u001e"; // between subjects, and between qualifiers
const PAIR = "\u001d"; // between a qualifier's key and value
const DIRECTED = "\u001c"; // before the subjects of a directed series

const isText = (value: unknown): value is string => typeof value === "string";

/**
 * The series key: normalised metric + subject + qualifiers. Claims with equal keys are about the same
 * thing; whether they are about the same period and modality is decided later.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `fields` is not `{ metric, subject, direction, qualifiers }`.
 * @example
 * ```ts
 * toSeriesKey({ metric: "Trade  turnover", subject: ["Kazakhstan", "China"], direction: false, qualifiers: {} }) ===
 *   toSeriesKey({ metric: "trade turnover", subject: ["china", "kazakhstan"], direction: false, qualifiers: {} });
 * // true
 * ```
 */
export const toSeriesKey = (fields: SeriesFields): string => {
  const f = fields as Partial<SeriesFields> | null;
  const ok =
    typeof f === "object" &&
    f !== null &&
    isText(f.metric) &&
    Array.isArray(f.subject) &&
    f.subject.every(isText) &&
    typeof f.direction === "boolean" &&
    typeof f.qualifiers === "object" &&
    f.qualifiers !== null &&
    Object.values(f.qualifiers).every(isText);
  if (!ok) throw new DiscrepancyError("invalid-argument", messages.notSeriesFields(fields));
  const subject = fields.subject.map(normalise);
  if (!fields.direction) subject.sort();
  const qualifiers = Object.keys(fields.qualifiers)
    .map((key) => `${normalise(key)}${PAIR}${normalise(fields.qualifiers[key] ?? "")}`)
    .sort();
  return [normalise(fields.metric), (fields.direction ? DIRECTED : "") + subject.join(SUB), qualifiers.join(SUB)].join(SEP);
};
