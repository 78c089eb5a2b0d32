// The exported schemas are built with zod/mini (so that a bundle holds neither zod's locales nor the
// schemas it does not use), and they must still be zod schemas to a user of classic zod: nested in the
// user's own objects, parsed, safe-parsed and printed as JSON Schema, with the types inferred.
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import {
  ClaimInputSchema,
  QuantityInputSchema,
  RelationsInputSchema,
  SourceInputSchema,
  TimelineSchema,
  toClaimInputJSONSchema,
  type ClaimInput,
} from "../../src/index.js";

const good = { metric: "trade turnover", value: "$41 billion", source: { name: "MFA of China", type: "government", country: "CN" } } as const;

describe("the exported schemas with the user's classic zod", () => {
  const Envelope = z.object({ claim: ClaimInputSchema, checkedBy: z.string() });

  it("nest in the user's z.object, and .parse and .safeParse take and refuse as the library does", () => {
    expect(Envelope.parse({ claim: good, checkedBy: "desk" }).claim.metric).toBe("trade turnover");
    expect(Envelope.safeParse({ claim: good, checkedBy: "desk" }).success).toBe(true);
    const bad = Envelope.safeParse({ claim: { ...good, value: 31.5, colour: "red" }, checkedBy: "desk" });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("claim");
    expect(() => Envelope.parse({ claim: { metric: "m" }, checkedBy: "desk" })).toThrow(z.ZodError);
  });

  it("speak the user's zod messages: classic zod's English, the library's own wording where it has one", () => {
    const wrongType = ClaimInputSchema.safeParse({ ...good, metric: 5 });
    expect(wrongType.error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
    const fraction = QuantityInputSchema.safeParse({ amount: 31.5 });
    expect(JSON.stringify(fraction.error?.issues)).toContain("has a fraction");
  });

  it("print through the user's z.toJSONSchema as toClaimInputJSONSchema prints them", () => {
    const printed = z.toJSONSchema(Envelope, { io: "input", unrepresentable: "any" }) as { properties: Record<string, unknown>; $defs: unknown };
    const { $schema, $defs, ...own } = toClaimInputJSONSchema();
    expect($schema).toBe("https://json-schema.org/draft/2020-12/schema");
    // The recursive source (`via`) is a definition, which zod hoists to the root of whatever it prints.
    expect(printed.properties.claim).toEqual(own);
    expect(printed.$defs).toEqual($defs);
    expect(z.toJSONSchema(z.array(SourceInputSchema), { io: "input" })).toMatchObject({ type: "array" });
  });

  it("the other schemas nest too: relations, timelines, quantities", () => {
    const File = z.object({ claims: z.array(ClaimInputSchema), more: z.optional(RelationsInputSchema), timeline: z.optional(TimelineSchema) });
    expect(File.safeParse({ claims: [good], more: { relations: [{ kind: "conversion", values: ["a", "b"] }] }, timeline: { events: [{ date: "2024-07-02" }] } }).success).toBe(true);
    expect(File.safeParse({ claims: [good], timeline: { events: [{ date: "2023-02-29" }] } }).success).toBe(false);
    expect(z.union([QuantityInputSchema, z.boolean()]).safeParse(true).success).toBe(true);
  });

  it("infer the types the library declares", () => {
    type Envelope = z.infer<typeof Envelope>;
    expectTypeOf<Envelope["claim"]["metric"]>().toEqualTypeOf<string>();
    expectTypeOf<z.input<typeof ClaimInputSchema>>().toExtend<ClaimInput>();
    expectTypeOf<typeof good>().toExtend<z.input<typeof ClaimInputSchema>>();
    // @ts-expect-error the user's object still refuses a claim without a metric, at compile time
    const wrong: z.input<typeof Envelope> = { claim: { value: "5", source: "s" }, checkedBy: "desk" };
    expectTypeOf(wrong).not.toBeAny();
  });
});
