// The separators toSeriesKey joins its parts with (control characters never occur in normalised text).
const SEP = "\u001f";
const SUB = "\u001e";
const PAIR = "\u001d";
const DIRECTED = "\u001c";

/** Backslash before each character the readable key uses as punctuation: `\`, `|`, `,`, `=`, `>`. */
const escapePart = (text: string): string => {
  let out = "";
  for (const c of text) out += c === "\\" || c === "|" || c === "," || c === "=" || c === ">" ? `\\${c}` : c;
  return out;
};

/**
 * The series key as printed (a report's `series[].key`, a corpus estimate's `seriesKey`): the same parts
 * as the internal key {@link toSeriesKey} groups by — normalised metric, subjects and qualifiers — written
 * `metric|subjects|qualifiers`, e.g. `trade turnover|china,kazakhstan|scope=goods`. Subjects are sorted
 * and joined by `,`; a directed series joins them by `>` in order (`exports|china>kazakhstan|`), with a
 * leading `>` when it has fewer than two (`>china`). Qualifiers are `key=value`, sorted, joined by `,`.
 * A `\`, `|`, `,`, `=` or `>` inside a part is written with a backslash before it, so the key reads
 * back unambiguously; equal keys mean the same series, and the key does not depend on input order.
 *
 * @internal
 */
export const toReadableSeriesKey = (key: string): string => {
  const [metric = "", subjects = "", qualifiers = ""] = key.split(SEP);
  const directed = subjects.startsWith(DIRECTED);
  const list = directed ? subjects.slice(1) : subjects;
  const names = list === "" ? [] : list.split(SUB);
  const subjectText = directed ? `${names.length < 2 ? ">" : ""}${names.map(escapePart).join(">")}` : names.map(escapePart).join(",");
  const qualifierText = qualifiers === "" ? "" : qualifiers.split(SUB).map((pair) => pair.split(PAIR).map(escapePart).join("=")).join(",");
  return `${escapePart(metric)}|${subjectText}|${qualifierText}`;
};
