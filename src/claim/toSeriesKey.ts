import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages.js";

/** The fields that decide which series a claim belongs to. */
export interface SeriesFields {
  readonly metric: string;
  readonly subject: readonly string[];
  readonly direction: boolean;
  readonly qualifiers: Readonly<Record<string, string>>;
}

// Case and spacing are how people write, not what they mean; punctuation inside names is kept.
const normalise = (text: string): string => text.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");

const byPair = (a: readonly [string, string], b: readonly [string, string]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

const isText = (value: unknown): value is string => typeof value === "string";

/**
 * The series key: normalised metric + subject + qualifiers. Claims with equal keys are about the same
 * thing; whether they are about the same period and modality is decided later.
 *
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
    .map((key) => [normalise(key), normalise(fields.qualifiers[key] ?? "")] as const)
    .sort(byPair);
  // JSON, not text joined with separators: names are untrusted text and may contain any separator, and
  // two different series must never share a key.
  return JSON.stringify([normalise(fields.metric), fields.direction, subject, qualifiers]);
};
