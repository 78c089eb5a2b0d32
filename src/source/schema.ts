import * as z from "zod/mini";
import { isPublishedAt } from "./isPublishedAt.js";
import { SOURCE_TYPES } from "./types.js";

/** An ISO 3166-1 alpha-2 code. @internal */
export const COUNTRY_PATTERN = /^[A-Za-z]{2}$/;

/** An ISO date, month or year. @internal */
export const PUBLISHED_AT_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A two- or three-letter language code. @internal */
export const LANG_PATTERN = /^[A-Za-z]{2,3}$/;

// Each schema is built by a pure call (see quantity/schema.ts), so a bundle that never names it drops it.
const nonEmpty = /* @__PURE__ */ (() => z.string().check(z.trim(), z.minLength(1, { error: "must not be empty" }), z.maxLength(500)))();

/**
 * A source as JSON: a bare name, or `{ name, type?, country?, via? }`.
 *
 * @example
 * ```ts
 * SourceObjectSchema.safeParse({ name: "Xi Jinping", type: "person", country: "CN", via: ["Xinhua"] }).success; // true
 * ```
 */
export const SourceObjectSchema: z.ZodMiniType<SourceObjectInput, SourceObjectInput> = /* @__PURE__ */ sourceObject();

function sourceObject(): z.ZodMiniType<SourceObjectInput, SourceObjectInput> {
  const schema: z.ZodMiniType<SourceObjectInput, SourceObjectInput> = z.lazy(() =>
    z.strictObject({
      name: nonEmpty,
      type: z.optional(z.enum(SOURCE_TYPES)),
      country: z.optional(z.string().check(z.regex(COUNTRY_PATTERN, { error: "must be an ISO 3166-1 alpha-2 code such as KZ" }))),
      via: z.optional(z.array(z.union([nonEmpty, schema])).check(z.maxLength(20))),
    }),
  );
  return schema;
}

/** The input form of a source (see {@link SourceInputSchema}). */
export interface SourceObjectInput {
  name: string;
  type?: (typeof SOURCE_TYPES)[number] | undefined;
  country?: string | undefined;
  via?: (string | SourceObjectInput)[] | undefined;
}

/**
 * Who a figure is attributed to: a bare name or a source object.
 *
 * @example
 * ```ts
 * SourceInputSchema.safeParse("Ministry of Foreign Affairs of China").success;                 // true
 * SourceInputSchema.safeParse({ name: "MFA", type: "government", country: "CN" }).success; // true
 * ```
 */
export const SourceInputSchema = /* @__PURE__ */ sourceInput();

function sourceInput() {
  return z.union([nonEmpty, SourceObjectSchema]);
}

/**
 * Where a claim was read.
 *
 * @example
 * ```ts
 * ReportedBySchema.safeParse({ name: "RBC-Ukraine", publishedAt: "2025-09-05", lang: "uk" }).success; // true
 * ReportedBySchema.safeParse({ publishedAt: "yesterday" }).success;                                 // false
 * ```
 */
export const ReportedBySchema = /* @__PURE__ */ reportedBy();

function reportedBy() {
  return z.strictObject({
    name: z.optional(nonEmpty),
    author: z.optional(nonEmpty),
    url: z.optional(z.string().check(z.maxLength(2000))),
    publishedAt: z.optional(
      z.string().check(
        z.regex(PUBLISHED_AT_PATTERN, { error: "must be an ISO date, month or year: 2025-09-05, 2024-12 or 2024" }),
        z.refine((text: string) => !PUBLISHED_AT_PATTERN.test(text) || isPublishedAt(text), { error: (issue) => `not a valid date: ${JSON.stringify(issue.input)}` }),
      ),
    ),
    lang: z.optional(z.string().check(z.regex(LANG_PATTERN, { error: "must be a language code such as en, uk, ru, zh" }))),
  });
}
