import { isValidDate } from "../period/calendar.js";

const isDigits = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
};

/**
 * Whether a text is an ISO date, month or year that exists ("2024-02-29", "2024-12", "2024"), within the
 * years a period may have. The shape alone lets "2025-02-30" and "0000" through, which were refused only
 * when a relative period happened to need them and were kept on the claim otherwise.
 *
 * @internal
 */
export const isPublishedAt = (text: string): boolean => {
  const parts = text.split("-");
  const [y = "", m = "01", d = "01"] = parts;
  if (parts.length > 3 || y.length !== 4 || m.length !== 2 || d.length !== 2) return false;
  if (!isDigits(y) || !isDigits(m) || !isDigits(d)) return false;
  return isValidDate(Number(y), Number(m), Number(d));
};
