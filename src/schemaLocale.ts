import type { core } from "zod/mini";
import { config } from "zod/mini";
// From the locales index, which has a CommonJS build ("zod/v4/locales/en.js" is ES modules only, which
// `require` loads only on newer Node); a bundler keeps English alone (zod marks its modules side-effect free).
import { en } from "zod/v4/locales";

/**
 * The parse options the library's own parses pass: zod's English for the checks the library does not
 * word itself, unless the user has set an error map or a locale, which then speaks as before. The schemas
 * are built with `zod/mini`, which carries no messages (so that a bundle need not hold zod's forty
 * locales); classic zod sets English globally on its first schema, and the library sets nothing global.
 *
 * @internal
 */
export const PARSE_OPTIONS: core.ParseContext<core.$ZodIssue> = /* @__PURE__ */ Object.freeze({
  error: (issue: core.$ZodRawIssue) => {
    const { customError, localeError } = config();
    return customError !== undefined || localeError !== undefined ? undefined : en().localeError(issue);
  },
});
