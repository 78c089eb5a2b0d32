// `--locale` words the coded issues of a refused relation or ordinal check in the reader's language.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./run.js";

describe("--locale on a refused ordinal check", () => {
  const claims = JSON.stringify({ claims: [{ id: "km", metric: "border length", value: "1,700 km", source: "X" }] });
  const timeline = JSON.stringify({ events: [{ date: "2022-09-14" }, { date: "2024-07-02" }] });
  const ordinals = JSON.stringify({ ordinals: [{ ordinal: "third", event: "summit" }], timeline: "t.json" });
  const files = { "c.json": claims, "r.json": ordinals, [resolve("t.json")]: timeline };

  it.each([
    ["uk", "у хронології немає події з назвою «summit»"],
    ["ru", "в хронологии нет события с названием «summit»"],
    ["zh", "时间线中没有名为“summit”的事件"],
  ])("%s", async (locale, words) => {
    const result = await run(["check", "c.json", "r.json", "--locale", locale], { files });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(words);
  });

  it("English stays the issue's message", async () => {
    const result = await run(["check", "c.json", "r.json"], { files });
    expect(result.stderr).toContain('no event labelled "summit" in the timeline');
  });
});
