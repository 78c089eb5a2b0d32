import type { Report, ReportSummary } from "../compare/reportTypes.js";

/** Two spaces per level, as `JSON.stringify(value, null, 2)` indents. */
const pad = (depth: number): string => "  ".repeat(depth);

/**
 * `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep: every line after the first
 * indented by the depth (JSON strings never hold a raw newline, so lines are safe to indent).
 */
export const renderJSON = (value: unknown, depth: number): string => {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll("\n", `\n${pad(depth)}`);
};

/** An array element of a top-level member, rendered as it sits in the printed object (two levels deep). */
export const renderElement = (value: unknown): string => `${pad(2)}${renderJSON(value, 2)}`;

/**
 * Array elements rendered as they sit in the printed object, one after another with the `,\n` between
 * them: one `JSON.stringify` call for the lot (about a third faster than one per element), cut out of the
 * doubly nested array it indents them in. Empty for an empty list.
 */
export const renderElements = (values: readonly unknown[]): string =>
  values.length === 0 ? "" : JSON.stringify([values], null, 2).slice(OPEN.length, -CLOSE.length);
const OPEN = "[\n  [\n";
const CLOSE = "\n  ]\n]";

/**
 * The report's members for {@link writeReportJSON}: arrays as their rendered elements, in order; an item
 * may also be several elements rendered together ({@link renderElements}), never none.
 */
export interface ReportJSONParts {
  readonly summary: ReportSummary;
  readonly series: Iterable<string>;
  readonly comparisons: Iterable<string>;
  readonly conflicts: Iterable<string>;
  /** Printed last, as `formatReport` adds it. */
  readonly relations?: unknown;
}

const ELEMENTS_PER_ITEM = 64;

/** The parts of a report held whole, each element rendered only when it is written. */
export const toReportJSONParts = (report: Report, relations?: unknown): ReportJSONParts => {
  // A few dozen elements per item: rendered together, and never much text held at once.
  const rendered = function* (list: readonly unknown[]): Generator<string> {
    for (let i = 0; i < list.length; i += ELEMENTS_PER_ITEM) yield renderElements(list.slice(i, i + ELEMENTS_PER_ITEM));
  };
  return {
    summary: report.summary,
    series: rendered(report.series),
    comparisons: rendered(report.comparisons),
    conflicts: rendered(report.conflicts),
    ...(relations !== undefined ? { relations } : {}),
  };
};

/** Chunks written at about this many characters: few writes, and never one string of the whole output. */
const CHUNK = 1 << 20;

/**
 * Writes exactly what `formatReport(report, { format: "json" })` returns — `JSON.stringify` of
 * `{ summary, series, comparisons, conflicts, relations? }` with two-space indentation and a final
 * newline — element by element, so a report too large for one JavaScript string (a million claims
 * print well over the 2²⁹-character limit) is still printed, and a report checked by worker threads is
 * printed from the elements they rendered, without being rebuilt here.
 */
export const writeReportJSON = (parts: ReportJSONParts, write: (chunk: string) => void): void => {
  let buffer: string[] = [];
  let size = 0;
  const out = (text: string): void => {
    buffer.push(text);
    size += text.length;
    if (size >= CHUNK) {
      write(buffer.join(""));
      buffer = [];
      size = 0;
    }
  };
  const array = (key: string, elements: Iterable<string>, last: boolean): void => {
    let first = true;
    for (const element of elements) {
      out(first ? `${pad(1)}${JSON.stringify(key)}: [\n${element}` : `,\n${element}`);
      first = false;
    }
    out(first ? `${pad(1)}${JSON.stringify(key)}: []` : `\n${pad(1)}]`);
    out(last ? "\n" : ",\n");
  };
  out(`{\n${pad(1)}"summary": ${renderJSON(parts.summary, 1)},\n`);
  array("series", parts.series, false);
  array("comparisons", parts.comparisons, false);
  array("conflicts", parts.conflicts, parts.relations === undefined);
  if (parts.relations !== undefined) out(`${pad(1)}"relations": ${renderJSON(parts.relations, 1)}\n`);
  out("}\n");
  if (size > 0) write(buffer.join(""));
};
