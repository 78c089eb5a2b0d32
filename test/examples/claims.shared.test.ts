import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHARED, readShared } from "../shared.js";

// examples/kazakhstan-china/claims.json quotes the seed articles: each quote stands word for word in one of
// them (whitespace aside), and each value word for word in its quote. Only the quotes are in the
// repository; the articles are read from ../shared.
interface ClaimJSON {
  readonly id: string;
  readonly value: unknown;
  readonly quote?: string;
}

const squash = (text: string): string => text.replace(/\s+/g, " ").trim();
const articles = readdirSync(new URL("seeds/", SHARED)).map((name) => squash(readShared(`seeds/${name}`)));
const { claims } = JSON.parse(readFileSync(new URL("../../examples/kazakhstan-china/claims.json", import.meta.url), "utf8")) as { claims: ClaimJSON[] };

describe("the seed corpus as claims", () => {
  it("quotes the articles word for word", () => {
    const missing = claims.filter((c) => c.quote !== undefined && !articles.some((article) => article.includes(squash(c.quote!))));
    expect(missing.map((c) => c.id)).toEqual([]);
  });

  it("states each textual value as its quote writes it", () => {
    const missing = claims.filter((c) => typeof c.value === "string" && c.quote !== undefined && !c.quote.includes(c.value));
    expect(missing.map((c) => c.id)).toEqual([]);
  });
});
