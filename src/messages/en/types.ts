import type { NumberConventions, NumberFormat } from "../numbers/createNumberFormat.js";
import type { ExplainCatalogue } from "./explain.js";
import type { ReportCatalogue } from "./report.js";
import type { RelationCatalogue } from "./relations.js";
import type { IssueCatalogue } from "./issues.js";

/** The languages the library writes: English (the default), Ukrainian, Russian and Chinese. */
export type LocaleCode = "en" | "uk" | "ru" | "zh";

/**
 * Everything a language needs to put findings into words: one catalogue per area, each a plain object
 * of renderers keyed by code, and how numbers are written. A locale is one more module of this shape
 * (like date-fns's `locale/` and zod's `locales/`): `import { uk } from "discrepancy"` and pass it as
 * `{ locale: uk }`, or pass its code, `{ locale: "uk" }`.
 */
export interface Locale {
  readonly code: LocaleCode;
  readonly number: NumberConventions;
  readonly explain: ExplainCatalogue;
  readonly report: ReportCatalogue;
  readonly relations: RelationCatalogue;
  readonly issues: IssueCatalogue;
}

/** What renderers receive besides their parameters: the locale's numbers and how it names a party by code. @internal */
export interface RenderContext {
  readonly n: NumberFormat;
  /** A country or union by its ISO code, in the locale ("KZ" → "Казахстан"); English keeps the code. */
  readonly party: (code: string) => string;
}

/** The option every function that writes prose takes. */
export interface LocaleOptions {
  /** The language of the words: `"en"` (default), `"uk"`, `"ru"`, `"zh"`, or a {@link Locale} object. */
  readonly locale?: LocaleCode | Locale;
}
