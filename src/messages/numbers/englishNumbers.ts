import { createNumberFormat } from "./createNumberFormat.js";
import { number } from "./en.js";

/**
 * English numbers for the text results carry as data (an estimate's `text`, an implied quantity's
 * `text`), which stay English whatever the reader's locale; reports format in theirs. @internal
 */
export const englishNumbers = /* @__PURE__ */ createNumberFormat(number);
