// Every regular expression in src/ is reviewed in test/README.md, and none has the shapes that backtrack
// badly: a quantified group holding a quantifier, or an unanchored quantified run before `$`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { hasNestedQuantifier, hasUnanchoredQuantifiedEnd, regexesIn, sourceFiles } from "./regexes.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const found = sourceFiles(root).flatMap((file) => regexesIn(root, file));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("regular expressions in src/", () => {
  it("are found (the audit is not looking at nothing)", () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it.each(found.map((r) => [`${r.file}:${r.line} ${r.source}`, r.source] as const))("%s has no nested or overlapping quantifiers", (_name, source) => {
    expect(hasNestedQuantifier(source)).toBe(false);
    expect(hasUnanchoredQuantifiedEnd(source)).toBe(false);
  });

  it("are each listed with a verdict in test/README.md", () => {
    const missing = found.filter((r) => !readme.includes(r.source)).map((r) => `${r.file}:${r.line} ${r.source}`);
    expect(missing, "review these and add them to the list in test/README.md").toEqual([]);
  });

  it("the checks catch the shapes they are for", () => {
    for (const bad of ["/(a+)+$/", "/^(\\d*,?)*$/", "/(x|y+){2,}/", "/((ab)*c)+/"]) expect(hasNestedQuantifier(bad), bad).toBe(true);
    for (const good of ["/^(\\d{1,40}(\\.\\d{1,40})?|\\.\\d{1,40})$/", "/\\s+/g", "/^\\d{4}(-\\d{2}(-\\d{2})?)?$/", "/[(a+)]+/"]) expect(hasNestedQuantifier(good), good).toBe(false);
    for (const bad of ["/0+$/", "/\\s*$/", "/[a-z]+$/i"]) expect(hasUnanchoredQuantifiedEnd(bad), bad).toBe(true);
    for (const good of ["/^0+$/", "/0+x$/", "/\\r\\n|\\r|\\n/g"]) expect(hasUnanchoredQuantifiedEnd(good), good).toBe(false);
  });
});
