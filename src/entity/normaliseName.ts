/**
 * A name as the gazetteer keys it: NFKC, lower case, one apostrophe (`'`), hyphens and runs of spaces
 * as one space, a leading English "the" dropped ("the Netherlands" is "netherlands").
 *
 * @internal
 */
export const normaliseName = (name: string): string => {
  let out = "";
  let space = false;
  for (const ch of name.normalize("NFKC").toLowerCase()) {
    const isSpace = ch === " " || ch === "-" || ch === "\u2010" || ch === "\u2011" || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0";
    if (isSpace) {
      space = out !== "";
      continue;
    }
    if (space) out += " ";
    space = false;
    out += ch === "’" || ch === "ʼ" ? "'" : ch;
  }
  return out.startsWith("the ") ? out.slice(4) : out;
};
