import { describe, expect, it } from "vitest";
import { createMentionContext } from "../../src/quantity/createMentionContext.js";
import { interpretMention } from "../../src/quantity/interpretMention.js";
import { readMention } from "../../src/quantity/readMention.js";
import { phraseTable } from "../../src/quantity/phraseTable.js";
import { resolveScanOptions } from "../../src/quantity/scanOptions.js";
import type { MentionNode } from "../../src/quantity/syntaxNode.js";
import { tokenize } from "../../src/text/tokenize.js";

// The scanner's two steps apart: readMention gives what is written (a syntax node), interpretMention
// what it means. Scale carrying, shifts and share rounding belong to the second.
const read = (text: string, options: Parameters<typeof resolveScanOptions>[0] = {}) => {
  const ctx = createMentionContext(text, tokenize(text), resolveScanOptions(options), phraseTable());
  return { ctx, node: readMention(ctx, 0) };
};

const shape = (node: ReturnType<typeof readMention>) => {
  if (node === undefined || "skipTo" in node || "reread" in node) return node;
  const m = node as MentionNode;
  const far = m.kind === "range" ? m.high : m.kind === "tolerance" ? m.tolerance : undefined;
  return { kind: m.kind, bound: m.bound, low: [m.low.kind, m.low.scale, m.low.unit?.unit], far: far && [far.kind, far.scale, far.unit?.unit] };
};

describe("readMention: the syntax of a mention", () => {
  it.each([
    ["over $41 billion", { kind: "single", bound: "moreThan", low: ["number", 9, "USD"], far: undefined }],
    ["2–3 million", { kind: "range", bound: undefined, low: ["number", undefined, undefined], far: ["number", 6, undefined] }],
    ["5 ± 2 kg", { kind: "tolerance", bound: undefined, low: ["number", undefined, undefined], far: ["number", undefined, "kg"] }],
    ["a third of exports", { kind: "single", bound: undefined, low: ["share", undefined, "%"], far: undefined }],
    ["double", { kind: "single", bound: undefined, low: ["multiple", undefined, "x"], far: undefined }],
    ["fifth", { kind: "single", bound: undefined, low: ["ordinal", undefined, undefined], far: undefined }],
  ])("%s", (text, expected) => {
    expect(shape(read(text).node)).toEqual(expected);
  });

  it("asks for a change 'from … to' after a verb of change to be read again from its start, or passes over a near end that borrows", () => {
    const at = (text: string, k: number) => readMention(createMentionContext(text, tokenize(text), resolveScanOptions({}), phraseTable()), k);
    expect(at("rose from 3 tonnes to 5 tonnes", 1)).toEqual({ reread: 2 });
    expect(at("rose from 3 to 5 tonnes", 1)).toEqual({ skipTo: 4 });
    expect(shape(at("from 3 to 5 tonnes", 0))).toMatchObject({ kind: "range" });
  });
});

describe("interpretMention: the meaning of a node", () => {
  it("carries the far end's scale to a bare near end", () => {
    const { ctx, node } = read("2–3 million");
    const match = interpretMention(ctx, node as MentionNode);
    expect(match !== undefined && "quantity" in match ? [match.quantity.low?.toString(), match.quantity.high?.toString()] : match).toEqual(["2000000", "3000000"]);
  });

  it("rounds a share so that its bound stays true", () => {
    const { ctx, node } = read("less than a third");
    const match = interpretMention(ctx, node as MentionNode);
    expect(match !== undefined && "quantity" in match ? match.quantity.high?.toString() : match).toBe("33.34");
  });

  it("reads ends in reverse order again as one amount", () => {
    const { ctx, node } = read("5-3");
    expect(interpretMention(ctx, node as MentionNode)).toEqual({ reread: 0 });
  });
});
