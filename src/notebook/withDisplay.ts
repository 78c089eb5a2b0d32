import type { MimeBundle } from "../report/mimeBundle.js";

/**
 * The symbol the Deno Jupyter kernel looks for: `Symbol.for` needs no Deno import, so the core stays runtime-neutral.
 *
 * @example
 * ```ts
 * JUPYTER_DISPLAY === Symbol.for("Jupyter.display"); // true
 * ```
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/**
 * Gives a result a notebook rendering: a non-enumerable `[Symbol.for("Jupyter.display")]()` method
 * returning a MIME bundle. Non-enumerable, so `JSON.stringify`, spreading and test equality see only
 * the plain data. The method rides on a shallow copy, which is frozen: the value itself is never changed.
 *
 * @example
 * ```ts
 * const shown = withDisplay({ n: 1 }, (v) => ({ "text/plain": `n = ${v.n}` }));
 * JSON.stringify(shown);                               // '{"n":1}'
 * shown[Symbol.for("Jupyter.display")]()["text/plain"]; // "n = 1"
 * ```
 */
export const withDisplay = <T extends object>(value: T, display: (value: T) => MimeBundle): T => {
  const target = (Array.isArray(value) ? [...value] : { ...value }) as T;
  Object.defineProperty(target, JUPYTER_DISPLAY, {
    value: function (this: T) {
      return display(this);
    },
    enumerable: false,
    writable: false,
    configurable: false,
  });
  return Object.freeze(target);
};
