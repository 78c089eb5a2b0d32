import type { VegaLiteSpec } from "./toVegaLite.js";

/**
 * A result rendered in several formats at once, keyed by MIME type, as notebooks (Jupyter) take it:
 * `text/plain` is always there; HTML tables and a Vega-Lite chart when the result has them.
 */
export interface MimeBundle {
  readonly "text/plain": string;
  readonly "text/html"?: string;
  readonly "application/vnd.vegalite.v5+json"?: VegaLiteSpec;
}
