const MAX_QUOTE = 60;

/** Quotes a user value for a message, shortened so a 10,000-digit input does not flood a log. @internal */
export const quote = (value: unknown): string => {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}…` : value);
  else if (typeof value === "bigint") text = `${value}n`;
  else if (value === undefined) text = "undefined";
  else if (typeof value === "number" || typeof value === "boolean" || value === null) text = String(value);
  else if (Array.isArray(value)) text = `an array of ${value.length}`;
  else if (typeof value === "object") text = "an object";
  else text = typeof value;
  return text;
};

/** `claims[3].source.name`-style path text. @internal */
export const formatIssuePath = (path: readonly (string | number)[]): string => {
  if (path.length === 0) return "(input)";
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
};
