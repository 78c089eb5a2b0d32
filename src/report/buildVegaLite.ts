import type { Claim } from "../claim/types.js";
import { CLAIM_STATUSES, toChartGroups, type ClaimStatus } from "./chartRows.js";

/**
 * The Vega-Lite v5 schema URL (Deno's notebook renders only v4 and v5 specs).
 *
 * @example
 * ```ts
 * VEGA_LITE_SCHEMA; // "https://vega.github.io/schema/vega-lite/v5.json"
 * ```
 */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** A Vega-Lite v5 specification: plain JSON, ready for `vega-lite`'s `compile`, a notebook or the online editor. */
export type VegaLiteSpec = Readonly<Record<string, unknown>> & { readonly $schema: string };

/** Options of {@link toVegaLite}. */
export interface VegaLiteOptions {
  /** The chart's title. */
  readonly title?: string;
  /** Width of each panel in pixels. Default 520. */
  readonly width?: number;
  /** Leave out series with fewer claims than this (2 shows only series where figures meet). Default 1. */
  readonly minClaims?: number;
}

const COLORS: Readonly<Record<ClaimStatus, string>> = {
  conflict: "#d62728",
  consistent: "#2ca02c",
  "not compared": "#9e9e9e",
};

/** Builds the spec from claims and how each fared. @internal */
export const buildVegaLite = (
  claims: readonly Claim[],
  statusOf: (claim: Claim) => ClaimStatus,
  options: VegaLiteOptions = {},
): VegaLiteSpec => {
  const groups = toChartGroups(claims, statusOf, options.minClaims ?? 1);
  const width = options.width ?? 520;
  const x = (field: string, title: string | null) => ({ field, type: "quantitative", title, scale: { zero: false, nice: true } });
  const tooltip = [
    { field: "source", title: "source" },
    { field: "reportedBy", title: "reported by" },
    { field: "period", title: "period" },
    { field: "modality", title: "modality" },
    { field: "text", title: "as written" },
    { field: "interval", title: "allows" },
    { field: "status", title: "status" },
    { field: "claim", title: "claim id" },
  ];
  const panels = groups.map((group, index) => ({
    title: { text: group.title, ...(group.unit === "" ? {} : { subtitle: group.unit }), anchor: "start" },
    transform: [{ filter: { field: "group", equal: index } }],
    width,
    height: { step: 22 },
    encoding: {
      y: { field: "row", type: "nominal", title: null, sort: { field: "order", op: "min" }, axis: { labelLimit: 560 } },
    },
    layer: [
      {
        mark: { type: "bar", height: 12, cornerRadius: 2 },
        encoding: {
          x: x("low", group.unit === "" ? null : group.unit),
          x2: { field: "high" },
          color: {
            field: "status",
            type: "nominal",
            title: null,
            scale: { domain: [...CLAIM_STATUSES], range: CLAIM_STATUSES.map((s) => COLORS[s]) },
          },
          // An unbounded end ("over 70") is drawn faded: the bar stops only because the chart does.
          opacity: { condition: { test: "datum.open", value: 0.45 }, value: 0.85 },
          tooltip,
        },
      },
      // The value as a tick in the bar's colour, so a figure whose interval is too narrow to see still shows how it fared.
      {
        mark: { type: "tick", thickness: 3, size: 18 },
        encoding: { x: x("value", null), color: { field: "status", type: "nominal", title: null }, tooltip },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 5, fontSize: 11 },
        encoding: { x: x("high", null), text: { field: "text" } },
      },
    ],
  }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(options.title !== undefined ? { title: options.title } : {}),
    description: "Each claim's interval (what its words allow) as a bar, a tick at its value, per series: bars that do not overlap conflict.",
    data: { values: groups.flatMap((g) => g.rows) },
    vconcat: panels,
    spacing: 28,
    resolve: { scale: { x: "independent", y: "independent", color: "shared" } },
    config: { view: { stroke: null }, axis: { labelFontSize: 11 } },
  };
};
