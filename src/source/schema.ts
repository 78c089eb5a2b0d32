import { z } from "zod";
import { isPublishedAt } from "./isPublishedAt.js";
import { SOURCE_TYPES } from "./types.js";

/** An ISO 3166-1 alpha-2 code. @internal */
export const COUNTRY_PATTERN = /^[A-Za-z]{2}$/;

/** An ISO date, month or year. @internal */
export const PUBLISHED_AT_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A two- or three-letter language code. @internal */
export const LANG_PATTERN = /^[A-Za-z]{2,3}$/;

const nonEmpty = z.string().trim().min(1, { error: "must not be empty" }).max(500);

/**
 * A source as JSON: a bare name, or `{ name, type?, country?, via? }`.
 *
 * @example
 * ```ts
 * SourceObjectSchema.safeParse({ name: "Xi Jinping", type: "person", country: "CN", via: ["Xinhua"] }).success; // true
 * ```
 */
export const SourceObjectSchema: z.ZodType<SourceObjectInput, SourceObjectInput> = z.lazy(() =>
  z.strictObject({
    name: nonEmpty,
    type: z.enum(SOURCE_TYPES).optional(),
    country: z
      .string()
      .regex(COUNTRY_PATTERN, { error: "must be an ISO 3166-1 alpha-2 code such as KZ" })
      .optional(),
    via: z.array(z.union([nonEmpty, SourceObjectSchema])).max(20).optional(),
  }),
);

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
export const SourceInputSchema = z.union([nonEmpty, SourceObjectSchema]);

/**
 * Where a claim was read.
 *
 * @example
 * ```ts
 * ReportedBySchema.safeParse({ name: "RBC-Ukraine", publishedAt: "2025-09-05", lang: "uk" }).success; // true
 * ReportedBySchema.safeParse({ publishedAt: "yesterday" }).success;                                 // false
 * ```
 */
export const ReportedBySchema = z.strictObject({
  name: nonEmpty.optional(),
  author: nonEmpty.optional(),
  url: z.string().max(2000).optional(),
  publishedAt: z
    .string()
    .regex(PUBLISHED_AT_PATTERN, { error: "must be an ISO date, month or year: 2025-09-05, 2024-12 or 2024" })
    .refine((text) => !PUBLISHED_AT_PATTERN.test(text) || isPublishedAt(text), { error: (issue) => `not a valid date: ${JSON.stringify(issue.input)}` })
    .optional(),
  lang: z
    .string()
    .regex(LANG_PATTERN, { error: "must be a language code such as en, uk, ru, zh" })
    .optional(),
});
