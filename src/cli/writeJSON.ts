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
  /** With `only: "conflicts"`: how many series and comparisons were left out (see toConflictsOnly). */
  readonly omitted?: Report["omitted"];
  /** Printed last, as `formatReport` adds it. */
  readonly relations?: unknown;
}

const ELEMENTS_PER_ITEM = 64;

/** A list's elements rendered a few dozen at a time, each block only when it is asked for: never much text held at once. */
export function* renderBlocks(list: readonly unknown[]): Generator<string> {
  for (let i = 0; i < list.length; i += ELEMENTS_PER_ITEM) yield renderElements(list.slice(i, i + ELEMENTS_PER_ITEM));
}

/** The parts of a report held whole, each element rendered only when it is written. */
export const toReportJSONParts = (report: Report, relations?: unknown): ReportJSONParts => ({
  summary: report.summary,
  series: renderBlocks(report.series),
  comparisons: renderBlocks(report.comparisons),
  conflicts: renderBlocks(report.conflicts),
  ...(report.omitted !== undefined ? { omitted: report.omitted } : {}),
  ...(relations !== undefined ? { relations } : {}),
});

/** Chunks written at about this many characters: few writes, and never one string of the whole output. */
const CHUNK = 1 << 20;

/** A member of a printed object: a value rendered whole, or an array given as its rendered elements. */
export type JSONMember = readonly [key: string, value: { readonly whole: unknown } | { readonly elements: Iterable<string> }];

/**
 * Writes exactly what `JSON.stringify(object, null, 2)` and a final newline give for an object with
 * these members in this order, element by element: an array too large for one JavaScript string (a
 * million claims' report prints well over the 2²⁹-character limit) is still printed, and elements
 * rendered elsewhere (by worker threads) are printed as they came.
 */
export const writeObjectJSON = (members: readonly JSONMember[], write: (chunk: string) => void): void => {
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
  out(members.length === 0 ? "{" : "{\n");
  members.forEach(([key, value], index) => {
    const name = `${pad(1)}${JSON.stringify(key)}: `;
    if ("whole" in value) out(`${name}${renderJSON(value.whole, 1)}`);
    else {
      let first = true;
      for (const element of value.elements) {
        out(first ? `${name}[\n${element}` : `,\n${element}`);
        first = false;
      }
      out(first ? `${name}[]` : `\n${pad(1)}]`);
    }
    out(index === members.length - 1 ? "\n" : ",\n");
  });
  out("}\n");
  if (size > 0) write(buffer.join(""));
};

/**
 * The members `JSON.stringify` prints of a plain object, in its order, arrays as blocks of rendered
 * elements ({@link renderBlocks}): so the whole object prints element by element, and a member added to
 * its type later is printed without being named here.
 */
export const toJSONMembers = (object: object): JSONMember[] => {
  const members: JSONMember[] = [];
  for (const [key, value] of Object.entries(object)) {
    // What JSON.stringify leaves out of an object.
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    members.push([key, Array.isArray(value) ? { elements: renderBlocks(value) } : { whole: value }]);
  }
  return members;
};

/**
 * Writes exactly what `formatReport(report, { format: "json" })` returns — `{ summary, series,
 * comparisons, conflicts, omitted?, relations? }` — element by element (see {@link writeObjectJSON}).
 */
export const writeReportJSON = (parts: ReportJSONParts, write: (chunk: string) => void): void =>
  writeObjectJSON(
    [
      ["summary", { whole: parts.summary }],
      ["series", { elements: parts.series }],
      ["comparisons", { elements: parts.comparisons }],
      ["conflicts", { elements: parts.conflicts }],
      ...(parts.omitted !== undefined ? [["omitted", { whole: parts.omitted }] as const] : []),
      ...(parts.relations !== undefined ? [["relations", { whole: parts.relations }] as const] : []),
    ],
    write,
  );
