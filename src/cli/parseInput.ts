import type { DiscrepancyIssue } from "../errors.js";
import { CLAIMS_FILE_KEYS } from "../claim/parseClaims.js";
import { cliMessages } from "../messages/misuse/cli.js";
import { reportMessages } from "../messages/misuse/report.js";
import { closestWord } from "../text/closestWord.js";
import { csvToClaims } from "./csvToClaims.js";
import { findRepeatedKey } from "./findRepeatedKey.js";
import { parseCsv } from "./parseCsv.js";

/** The input formats the command line reads. */
export const INPUT_FORMATS = Object.freeze(["json", "ndjson", "csv"] as const);

/** An input format. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One claim input with where it was read: file, line (NDJSON, CSV) and JSON path (JSON). */
export interface InputRecord {
  readonly input: unknown;
  readonly file: string;
  readonly format: InputFormat;
  readonly line?: number;
  readonly path?: readonly (string | number)[];
  /** The record's JSON text as read (an NDJSON line): worker threads take it as is, without writing it again. */
  readonly text?: string;
}

/** Something wrong with an input file, located as precisely as the format allows. */
export interface InputProblem {
  readonly file: string;
  readonly line?: number;
  /** The record's number in its JSON file's list of claims, from 1 (line formats name the line instead). */
  readonly record?: number;
  readonly column?: number;
  /** The field or column at fault. */
  readonly field?: string;
  readonly message: string;
  /** The issue's code, parameters and value, so the message can be worded in another language (`--locale`). */
  readonly issue?: Pick<DiscrepancyIssue, "code" | "params" | "input" | "message">;
}

/**
 * The relations part of a `{ claims, relations, ordinals, timeline }` JSON file, passed on unvalidated
 * (`checkRelations` validates it against the claims).
 */
export interface RelationsPart {
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** What {@link parseInput} read from one file. */
export interface ParsedInput {
  readonly claims: readonly InputRecord[];
  /** Present when a JSON file declares relations or ordinals beside its claims. */
  readonly relations?: RelationsPart;
  readonly problems: readonly InputProblem[];
}

/** The keys of a claims file `{ claims, relations, ordinals, timeline }`; any other key is refused. */
export { CLAIMS_FILE_KEYS };

/** The format a file name says, or undefined for an unknown extension (then the content decides). */
export const toInputFormat = (file: string): InputFormat | undefined => {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  return undefined;
};

const firstNonSpace = (text: string): string => {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r" && c !== "\uFEFF") return c;
  }
  return "";
};

/** Guesses the format from the content: `[` is JSON, `{` is JSON when it parses whole and NDJSON otherwise, the rest CSV. */
const sniff = (text: string): InputFormat => {
  const first = firstNonSpace(text);
  if (first === "[") return "json";
  if (first === "{") {
    try {
      JSON.parse(text);
      return "json";
    } catch {
      return "ndjson";
    }
  }
  return "csv";
};

/** Line and column (1-based) of a character offset. */
const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
};

const jsonProblem = (file: string, text: string, error: unknown): InputProblem => {
  const message = error instanceof Error ? error.message : String(error);
  const match = / at position (\d+)/.exec(message);
  if (match === null) return { file, message: cliMessages.badJSON(message) };
  const { line, column } = lineColumn(text, Number(match[1]));
  return { file, line, column, message: cliMessages.badJSON(message.slice(0, match.index)) };
};

/**
 * One line of an NDJSON file (without its newline): the record it holds, a problem naming the line and
 * column, or `undefined` for a blank line. Shared by the whole-text reader and the streaming one.
 */
export const parseNdjsonLine = (text: string, file: string, line: number): { record: InputRecord } | { problem: InputProblem } | undefined => {
  const content = text.trim();
  if (content === "") return undefined;
  try {
    const input: unknown = JSON.parse(content);
    const repeated = findRepeatedKey(content);
    if (repeated !== undefined)
      return { problem: { file, line, column: repeated.offset + 1 + (text.length - text.trimStart().length), message: cliMessages.repeatedKey(repeated.key) } };
    return { record: { input, file, format: "ndjson", line, text: content } };
  } catch (error) {
    const problem = jsonProblem(file, content, error);
    return { problem: { ...problem, line, ...(problem.column !== undefined ? { column: problem.column } : {}) } };
  }
};

/** Drops a byte order mark. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Reads claim inputs from the text of one file: a JSON array of claims, a JSON object
 * `{ "claims": [...], "relations": [...] }`, NDJSON (one claim per line) or CSV with the documented
 * header. Nothing is validated here beyond the syntax; every record keeps its location so validation
 * issues can name the file, the line or record, and the field.
 */
export const parseInput = (text: string, file: string, format?: InputFormat): ParsedInput => {
  const body = stripBom(text);
  const kind = format ?? toInputFormat(file) ?? sniff(body);

  if (kind === "csv") {
    const parsed = parseCsv(body);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      return { claims: [], problems: [{ file, line, column, message }] };
    }
    const { claims, problems } = csvToClaims(parsed.records);
    return {
      claims: claims.map(({ line, input }) => ({ input, file, format: kind, line })),
      problems: problems.map(({ line, column, message }) => ({ file, line, ...(column !== undefined ? { field: `column ${column}` } : {}), message })),
    };
  }

  if (kind === "ndjson") {
    const claims: InputRecord[] = [];
    const problems: InputProblem[] = [];
    let line = 0;
    let start = 0;
    while (start <= body.length) {
      let end = body.indexOf("\n", start);
      if (end === -1) end = body.length;
      line++;
      const read = parseNdjsonLine(body.slice(start, end), file, line);
      start = end + 1;
      if (read === undefined) continue;
      if ("problem" in read) problems.push(read.problem);
      else claims.push(read.record);
    }
    return { claims, problems };
  }

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { claims: [], problems: [jsonProblem(file, body, error)] };
  }
  const repeated = findRepeatedKey(body);
  if (repeated !== undefined) return { claims: [], problems: [{ file, ...lineColumn(body, repeated.offset), message: cliMessages.repeatedKey(repeated.key) }] };
  if (Array.isArray(data))
    return { claims: data.map((input, index) => ({ input, file, format: kind, path: [index] })), problems: [] };
  const object = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : undefined;
  // A misspelt key ("relation") would silently skip what it holds: every key must be one we read.
  if (object !== undefined) {
    const unknown = Object.keys(object).filter((key) => !(CLAIMS_FILE_KEYS as readonly string[]).includes(key));
    if (unknown.length > 0)
      return {
        claims: [],
        problems: unknown.map((key) => ({ file, message: reportMessages.unknownFileKey(key, closestWord(key, CLAIMS_FILE_KEYS), CLAIMS_FILE_KEYS) })),
      };
  }
  // A claims file ({ claims, relations?, ordinals?, timeline? }) or a relations file without claims.
  if (object !== undefined && (Array.isArray(object.claims) || object.relations !== undefined || object.ordinals !== undefined)) {
    const { claims, ...rest } = object;
    if (claims !== undefined && !Array.isArray(claims)) return { claims: [], problems: [{ file, field: "claims", message: cliMessages.claimsNotArray }] };
    const hasRelations = rest.relations !== undefined || rest.ordinals !== undefined;
    return {
      claims: (Array.isArray(claims) ? claims : []).map((input, index) => ({ input, file, format: kind, path: ["claims", index] })),
      ...(hasRelations ? { relations: { file, data: rest } } : {}),
      problems: [],
    };
  }
  return { claims: [], problems: [{ file, message: cliMessages.notClaimsJSON }] };
};
