import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";

/** The fields that decide which series a claim belongs to. */
export interface SeriesFields {
  readonly metric: string;
  readonly subject: readonly string[];
  readonly direction: boolean;
  readonly qualifiers: Readonly<Record<string, string>>;
}

// Case and spacing are how people write, not what they mean; punctuation inside names is kept. Control
// characters mean nothing in a name and become spaces.
const normalise = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");

// Backslash before each character the key uses as punctuation (`\`, `|`, `,`, `=`, `>`), so names that
// contain them (names are untrusted and may contain anything) cannot make two series share a key.
const escapePart = (text: string): string => {
  let out = "";
  for (const c of text) out += c === "\\" || c === "|" || c === "," || c === "=" || c === ">" ? `\\${c}` : c;
  return out;
};

const isText = (value: unknown): value is string => typeof value === "string";

/**
 * The series key: normalised metric + subject + qualifiers. Claims with equal keys are about the same
 * thing; whether they are about the same period and modality is decided later. Readable and stable, it
 * is also what reports print: `metric|subjects|qualifiers`, e.g. `trade turnover|china,kazakhstan|scope=goods`.
 * Subjects are sorted and joined by `,`; a directed series joins them by `>` in order
 * (`exports|china>kazakhstan|`), with a leading `>` when it has fewer than two (`>china`). Qualifiers are
 * `key=value`, sorted, joined by `,`. A `\`, `|`, `,`, `=` or `>` inside a part is written with a
 * backslash before it, so equal keys mean the same series and the key reads back unambiguously.
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
  const subjects = fields.direction ? `${subject.length < 2 ? ">" : ""}${subject.map(escapePart).join(">")}` : subject.map(escapePart).join(",");
  const qualifiers = Object.keys(fields.qualifiers)
    .map((key) => `${escapePart(normalise(key))}=${escapePart(normalise(fields.qualifiers[key] ?? ""))}`)
    .sort();
  return `${escapePart(normalise(fields.metric))}|${subjects}|${qualifiers.join(",")}`;
};
