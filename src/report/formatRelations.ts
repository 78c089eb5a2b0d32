import type { RelationsReport } from "../relations/checkRelations.js";
import { formatRelationCheck } from "./formatRelationCheck.js";
import { en } from "../messages/en/index.js";
import type { Locale } from "../messages/en/types.js";
import { formatOrdinalCheck } from "./formatOrdinalCheck.js";

interface RelationLine {
  readonly id: string;
  readonly verdict: string;
  readonly sentence: string;
}

const linesOf = (relations: RelationsReport, locale: Locale): RelationLine[] => [
  ...relations.relations.map((r, i) => ({ id: r.id ?? `relations[${i}]`, verdict: r.verdict, sentence: formatRelationCheck(r, { locale }) })),
  ...relations.ordinals.map((o, i) => ({ id: o.id ?? `ordinals[${i}]`, verdict: o.verdict, sentence: formatOrdinalCheck(o, { locale }) })),
];

/** The relations section of a text report: one sentence per check. @internal */
export const formatRelationsText = (
  relations: RelationsReport,
  paint: { bold: (s: string) => string; red: (s: string) => string },
  locale: Locale = en,
): string => {
  const m = locale.report;
  const { summary } = relations;
  const lines = [paint.bold(m.relationsHeading), m.relationSummary(summary.relations, summary.ordinals, summary.conflicts, summary.implied)];
  for (const line of linesOf(relations, locale)) {
    const text = `  · ${line.id}: ${line.sentence}`;
    lines.push(line.verdict === "conflict" ? paint.red(text) : text);
  }
  return `${lines.join("\n")}\n`;
};

/** The relations section of a Markdown report: a table of checks. @internal */
export const formatRelationsMarkdown = (relations: RelationsReport, cell: (text: string) => string, locale: Locale = en): string => {
  const m = locale.report;
  const { summary } = relations;
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    `### ${m.relationsHeading}`,
    "",
    `**${m.relationSummary(summary.relations, summary.ordinals, summary.conflicts, summary.implied)}**`,
    "",
    row(m.relationColumns),
    row(m.relationColumns.map(() => "---")),
    ...linesOf(relations, locale).map((l, i) =>
      row([String(i + 1), cell(l.id), l.verdict === "conflict" ? `**${m.verdictWords[l.verdict]}**` : cell(m.verdictWords[l.verdict] ?? l.verdict), cell(l.sentence)]),
    ),
    "",
  ].join("\n");
};
