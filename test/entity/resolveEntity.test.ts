import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GAZETTEER_LINES } from "../../src/entity/gazetteer.js";
import { inflectName } from "../../src/entity/inflectName.js";
import { normaliseName } from "../../src/entity/normaliseName.js";
import { resolveEntity } from "../../src/index.js";

/** Every name form the gazetteer lists or makes by rule, with the id it belongs to. */
const FORMS: readonly (readonly [form: string, id: string])[] = GAZETTEER_LINES.flatMap((line) => {
  const [id = "", en = "", uk = "", ru = "", zh = ""] = line.split("|");
  const list = (field: string): string[] => field.split(";").filter((s) => s !== "");
  const clean = (n: string): string => n.replaceAll("~", "").replaceAll("=", "");
  return [
    ...list(en).map((n) => [n, id] as const),
    ...list(uk).flatMap((n) => inflectName(n, "uk")).map((n) => [clean(n), id] as const),
    ...list(ru).flatMap((n) => inflectName(n, "ru")).map((n) => [clean(n), id] as const),
    ...list(zh).map((n) => [n, id] as const),
  ];
});

describe("resolveEntity", () => {
  it.each([
    ["Україна", "UA"],
    ["України", "UA"],
    ["Україною", "UA"],
    ["Україні", "UA"],
    ["Ukraine", "UA"],
    ["ЄС", "EU"],
    ["Євросоюз", "EU"],
    ["Євросоюзу", "EU"],
    ["European Union", "EU"],
    ["the EU", "EU"],
    ["Россия", "RU"],
    ["России", "RU"],
    ["中国", "CN"],
    ["中方", "CN"],
    ["巴西", "BR"],
    ["Казахстан", "KZ"],
    ["Казахстану", "KZ"],
    ["Казахстаном", "KZ"],
    ["哈萨克斯坦", "KZ"],
    ["Південної Кореї", "KR"],
    ["Южной Кореи", "KR"],
    ["Сполучених Штатів", "US"],
    ["Нідерландів", "NL"],
    ["the Netherlands", "NL"],
    ["Шанхайської організації співробітництва", "SCO"],
    ["ЕАЭС", "EAEU"],
    ["BRICS", "BRICS"],
    ["СНД", "CIS"],
    ["ASEAN", "ASEAN"],
    ["CN", "CN"],
    ["Центральної Азії", "Central Asia"],
  ])("%s is %s", (name, id) => {
    expect(resolveEntity(name)?.id).toBe(id);
  });

  it.each([["Dalian Group"], ["Chinese"], ["in"], ["us"], [""], ["   "]])("%j is unknown: never guessed", (name) => {
    expect(resolveEntity(name)).toBeUndefined();
  });

  it("adds the caller's names: to a gazetteer id, a gazetteer name, or an id of the caller's own", () => {
    const aliases = { Піднебесна: "CN", "the Middle Kingdom": "China", KMG: "KazMunayGas", KazMunaiGaz: "KazMunayGas" };
    expect(resolveEntity("the Middle Kingdom", { aliases })?.id).toBe("CN");
    expect(resolveEntity("KMG", { aliases })).toEqual({ id: "KazMunayGas", name: "KazMunayGas", kind: "custom" });
    expect(resolveEntity("KazMunaiGaz", { aliases })?.id).toBe("KazMunayGas");
  });

  it("refuses aliases that are not an object of names", () => {
    expect(() => resolveEntity("China", { aliases: ["CN"] as never })).toThrow(/aliases/);
  });

  it("gives no name form to two entities", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [form, id] of FORMS) {
      const key = normaliseName(form);
      const known = owner.get(key);
      if (known !== undefined && known !== id) clashes.push(`${form}: ${known} and ${id}`);
      owner.set(key, id);
    }
    expect(clashes).toEqual([]);
  });

  it("resolves any gazetteer name in any listed form, however cased and spaced, to its entity", () => {
    // Abbreviations count only in capitals, so only their spacing varies.
    const isAbbreviation = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();
    const cased = (s: string, upper: boolean): string => (isAbbreviation(s) ? s : upper ? s.toUpperCase() : s.toLowerCase());
    const spaced = (s: string, pad: string, upper: boolean): string => `${pad}${cased(s, upper)}${pad}`.replaceAll(" ", `${pad} `);
    fc.assert(
      fc.property(fc.constantFrom(...FORMS), fc.constantFrom("", " ", "  "), fc.boolean(), ([form, id], pad, upper) => {
        expect(resolveEntity(form)?.id).toBe(id);
        expect(resolveEntity(spaced(form, pad, upper))?.id).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });
});
