import type { MimeBundle } from "../report/mimeBundle.js";
import { toRenderer, type Displayable, type NotebookOptions } from "./toNotebookDisplay.js";
import { withDisplay } from "./withDisplay.js";

/**
 * The result, ready for a Jupyter notebook: a frozen copy that carries the `Symbol.for("Jupyter.display")`
 * method Deno's kernel calls when a cell's value is shown (or `Deno.jupyter.display(value)`), rendering
 * {@link toNotebookDisplay}'s bundle. The method is non-enumerable, so the copy is the same plain data to
 * JSON, spreading and equality; results themselves never carry it unless asked.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `result` is not a result the notebook shows, or a claim is not one.
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * const comparison = compare(kz, cn);
 * const shown = display(comparison, { claims: [cn, kz] }); // the last value of a cell renders itself
 * JSON.stringify(shown) === JSON.stringify(comparison); // true
 * shown[Symbol.for("Jupyter.display")]()["text/html"].includes("<strong>conflict</strong>"); // true
 * ```
 */
export const display = <T extends Displayable>(result: T, options: NotebookOptions = {}): T => {
  const render: () => MimeBundle = toRenderer(result, options);
  return withDisplay(result, render);
};
