import { isHidden } from "../text/escapeControls.js";

/**
 * JSON text as it may reach a terminal: the characters `JSON.stringify` leaves raw but a terminal acts on
 * or reorders — DEL, C1 controls (U+009B is a CSI), bidirectional overrides and isolates, the line and
 * paragraph separators — written as `\uXXXX` escapes. They occur only inside strings, so the JSON reads
 * back to exactly the same values; C0 controls are escaped by `JSON.stringify` already, and its own
 * newlines and indentation are kept. Works on any cut of the text (each is one UTF-16 unit).
 */
export const escapeJSONText = (text: string): string => {
  let i = 0;
  while (i < text.length && !(text.charCodeAt(i) >= 0x7f && isHidden(text.charCodeAt(i)))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0x7f && isHidden(c) ? `\\u${c.toString(16).padStart(4, "0")}` : text[i];
  }
  return out;
};
