/** The fields that decide which series a claim belongs to. */
export interface SeriesFields {
  readonly metric: string;
  readonly subject: readonly string[];
  readonly direction: boolean;
  readonly qualifiers: Readonly<Record<string, string>>;
}

// Case and spacing are how people write, not what they mean; punctuation inside names is kept.
const normalise = (text: string): string => text.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");

// Unit separators cannot occur in normalised text, so joined parts cannot collide.
const SEP = "\u001f";
const SUB = "\u001e";

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
  const subject = fields.subject.map(normalise);
  if (!fields.direction) subject.sort();
  const qualifiers = Object.keys(fields.qualifiers)
    .map((key) => `${normalise(key)}=${normalise(fields.qualifiers[key] ?? "")}`)
    .sort();
  return [normalise(fields.metric), (fields.direction ? ">" : "") + subject.join(SUB), qualifiers.join(SUB)].join(SEP);
};
