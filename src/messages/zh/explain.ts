import type { ExplainCatalogue } from "../en/explain.js";

const rangeOf = (p: { low?: unknown; high?: unknown; unit: string }, n: { range: (a: never, b: never, u: string) => string }): string | undefined =>
  p.low !== undefined && p.high !== undefined ? n.range(p.low as never, p.high as never, p.unit) : undefined;

/** Chinese (Simplified) sentences for comparisons, explanations and reconciliations. Chinese has no plural forms. */
export const explain: ExplainCatalogue = {
  claimLabel: (text, source, period, modality, outlet) =>
    `${text}（${source}${period !== undefined ? `，${period}` : ""}${modality !== "actual" ? `，${modality}` : ""}${outlet !== undefined ? `，刊于${outlet}` : ""}）`,
  modality: { actual: "实际值", estimate: "估计值", target: "目标值", forecast: "预测值", plan: "计划值" },
  modalities: (a, b) => `数值性质不同（${a}与${b}）`,
  consistent: (a, b, roundingOnly) =>
    roundingOnly ? `${a}与${b}相符，但仅在考虑取整或限定词（“超过”“约”）后才相符。` : `${a}与${b}相符。`,
  conflict: (a, b) => `${a}与${b}相互矛盾。`,
  repeatsConflict: (a, b) => `这与${a}和${b}之间的分歧相同，只计一次。`,
  gap: (absolute, share, ratio) => `差额为${absolute}，占较大数值的${share}${ratio !== undefined ? `；比值为${ratio}` : ""}。`,
  notComparable: (a, b, reasons) => `${a}与${b}不可比：${reasons.join("、")}。`,
  reasons: {
    "different-metric": "指标不同",
    "different-subject": "主体不同",
    "different-scope": "范围不同（限定条件）",
    "different-period": "时期不同",
    "different-modality": "数值性质不同",
    "incompatible-units": "计量单位不兼容",
  },
  targetMet: (met) => (met ? "实际值达到了目标值。" : "实际值未达到目标值。"),
  leadingExplanation: (strength, text) => (strength === "weak" ? `可能的原因：${text}。` : `最可能的原因：${text}。`),
  alsoPossible: (text) => `其他可能：${text}。`,
  ruledOut: (items) => `已排除：${items.join("；")}。`,
  sentenceEnd: "。",
  capitalise: (text) => text,

  mirrorStatistics: (e) =>
    `镜像统计——贸易双方各自统计这一流量，${e.higher}的数值高于${e.lower}（比值${e.ratio}）` +
    (e.follows !== undefined ? `；未注明国家的数值与${e.follows}相符` : "") +
    (e.trade
      ? e.beyond
        ? `。到岸价与离岸价的通常差额约为${e.margin}（国际货币基金组织《贸易方向统计》的系数为${e.typical}）；如此大的差距远超运费和保险费，表明存在转口贸易、统计时点不同、贸易伙伴归属、商品归类或低报发票价值等因素`
        : `。这在到岸价与离岸价的通常差额之内（约${e.margin}，国际货币基金组织《贸易方向统计》的系数为${e.typical}）`
      : ""),
  systematicGap: (e) =>
    `来源间的系统性差距——${e.reporters !== undefined ? `此处${e.reporters}，且` : ""}${e.others.join("、")}也存在类似差距` +
    (e.strength === "strong" ? "：同样是两种统计口径" : e.strength === "moderate" ? "：可能同样是两种统计口径" : ""),
  otherPeriodGap: (period, ratio, reporters) => `${period}（比值${ratio}${reporters !== undefined ? `，${reporters}` : ""}）`,
  reportersAbove: (higher, lower) => `${higher}的数值高于${lower}`,
  revision: (earlier, later, laterDate) => `修订——同一来源在${earlier}之后发布了${later}${laterDate !== undefined ? `（${laterDate}）` : ""}`,
  revisionUnordered: "修订——同一来源在不同出版物中给出了这两个数值",
  copy: (copy, original, how) =>
    `转引——${copy}${how === "via" ? "引用并重复了" : how === "same-publication" ? "在同一篇文章中重复了" : "在较晚的出版物中重复了"}${original}，因此不构成独立佐证`,
  scaleSlip: (ratio, scale) => `数量级错误——比值${ratio}接近${scale}`,
  unitSlip: (ratio, factor, larger, smaller) => `单位混淆——比值${ratio}接近${factor}，即${larger}与${smaller}之间的换算系数`,
  currencyRate: (ratio, from, to, rate) => `货币混淆——比值${ratio}接近${from}兑${to}的汇率${rate}`,
  currencyAmbiguous: (candidates) => `货币混淆——该货币符号可能表示${candidates.join("或")}`,
  periodShift: (claim, matches, period) => `时期错位——${claim}与${matches}在${period}的数值相符`,
  basisSamePublication: (source) => `统计口径不同——${source}在同一篇文章中给出了两个数值，可能出自两种不同的统计口径`,
  basisNouns: (nouns) => `统计口径不同——二者统计的对象不同（${nouns.join("与")}）`,
  looseRounding: (distance, step) => `取整较粗——两个区间相差${distance}，在一个取整单位（${step}）之内`,
  approximation: (share, tolerance) => `近似值——差额占较大数值的${share}，在约数所允许的±${tolerance}之内`,
  unitNames: { km: "公里", m: "米", mi: "英里", t: "吨", kg: "千克", lb: "磅" },
  scaleNames: { 3: "一千", 6: "一百万", 9: "十亿", 12: "一万亿" },

  ruledOutReasons: {
    "gap-exceeds-rounding": (e) => `取整（两个区间相差${e.distance}，超过取整单位${e.step}）`,
    "gap-exceeds-tolerance": (e) => `近似值（差额${e.share}超过±${e.tolerance}）`,
    "ratio-not-power-of-ten": (e) => `数量级错误（比值${e.ratio}不接近一千、一百万或十亿）`,
    "ratio-matches-no-unit-factor": (e) => `单位混淆（比值${e.ratio}与任何单位换算系数都不符）`,
    "ratio-matches-no-rate": (e) => (e.rates === 0 ? "货币混淆（只涉及一种货币，不涉及汇率）" : `货币混淆（比值${e.ratio}与所给的${e.rates}个汇率均不符）`),
    "not-partner-reporters": () => "镜像统计（数值并非来自贸易双方各自的官方机构）",
    "different-sources": () => "修订（来源不同）",
    "no-neighbour-match": () => "时期错位（相邻时期没有相符的数值）",
    "no-similar-gap": (e) => `来源间的系统性差距（其他时期没有与${e.ratio}相近的比值）`,
  },

  methodNames: {
    intersection: "区间交集",
    "attributed-range": "注明来源的区间",
    "preferred-source": "优先来源",
    "latest-revision": "最新修订",
    median: "中位数",
    "reliability-weighted": "按可靠性加权",
    "mirror-statistics": "镜像统计",
  },
  reconciliation: (method, estimate, note) => (note !== undefined ? `采用${method}法调和。${note}` : `采用${method}法调和：${estimate}。`),
  support: (support, dissent) => `支持的说法：${support}条；不一致的说法：${dissent}条。`,
  fallbacks: {
    "no-ranked-source": "所有来源均不在排名之中。",
    "no-mirror-pair": "镜像统计需要贸易双方各自官方机构的数值。",
    "no-stated-figure": "中位数或加权平均至少需要一条给出具体数值（而非仅给出界限）的说法。",
  },
  notes: {
    "intersection-all": (p, ctx) => {
      const range = rangeOf(p, ctx.n);
      return `全部${p.agreeing}个不同数值一致${range !== undefined ? `：${range}` : ""}。`;
    },
    "intersection-largest": (p, ctx) => {
      const range = rangeOf(p, ctx.n);
      return `并非所有数值都一致；最大的一致组（${p.total}个中的${p.agreeing}个）${range !== undefined ? `得出${range}` : "取其交集"}。`;
    },
    "attributed-range": (p, ctx) => {
      const low = p.lowParties.map(ctx.party).join("、");
      const high = p.highParties.map(ctx.party).join("、");
      const range = ctx.n.range(p.low, p.high, p.unit);
      return low === high ? `${range}：两端数值均来自${low}。` : `${range}：较低数值来自${low}，较高数值来自${high}。`;
    },
    "attributed-agree": (p, ctx) => `各方均给出${ctx.n.amount(p.value, p.unit)}。`,
    "preferred-source": (p) => `优先来源${p.source}的数值。`,
    "latest-revision": (p) => (p.date === undefined ? "没有发布日期：所有数值视为同样新近。" : `最新发布的数值（${p.date}）。`),
    median: (p, ctx) => `${p.figures}个不同数值的中位数：${ctx.n.amount(p.value, p.unit)}。`,
    "reliability-weighted": (p, ctx) => `按${p.sources}个来源的可靠性加权：${ctx.n.amount(p.value, p.unit)}。`,
    "mirror-statistics": (p, ctx) => {
      const typical = ctx.n.ratio(p.cifFob);
      const ratio = p.ratio === undefined ? undefined : ctx.n.ratio(p.ratio);
      return [
        `${p.figures.map((f) => `${ctx.party(f.country)}报告${ctx.n.amount(f.value, p.unit)}`).join("，")}${
          p.importer !== undefined ? `（进口国${ctx.party(p.importer)}的到岸价数值已按系数${typical}换算为离岸价）` : ""
        }；加权估计为${ctx.n.amount(p.estimate, p.unit)}。`,
        ratio === undefined
          ? ""
          : p.beyondTypical
            ? `比值${ratio}远超${p.trade ? "到岸价与离岸价之间" : ""}通常的系数${typical}：该估计是两种统计口径之间的折中，而非测量结果。`
            : `比值${ratio}在${p.trade ? "到岸价与离岸价之间" : ""}通常的差额之内（系数${typical}）。`,
      ].join("");
    },
  },

  reportHeading: (claims, series) => `分歧报告：${series}个数据序列中的${claims}条说法。`,
  reportCounts: (comparisons, consistent, conflicts, notComparable) =>
    `${comparisons}次比较：${consistent}次一致，${conflicts}处分歧，${notComparable}次不可比。`,
  conflictsHeading: "分歧",
  noConflicts: "没有分歧。",
  seriesHeading: "数据序列",
  subjectJoin: (subject, direction) => (direction ? subject.join(" → ") : subject.length === 2 ? subject.join("与") : subject.join("、")),
  metricNames: {
    "trade turnover": "贸易额",
    exports: "出口",
    imports: "进口",
    "foreign direct investment": "外商直接投资",
    investment: "投资",
    GDP: "国内生产总值",
    debt: "债务",
    population: "人口",
    production: "产量",
    "freight volume": "货运量",
    "agreements signed": "签署的协议",
    projects: "项目",
    visits: "访问",
    summits: "峰会",
    anniversary: "周年",
    "border length": "边境线长度",
    "recognized ethnic groups": "认定的民族",
    "ethnic groups": "民族",
    "tourist arrivals": "游客人数",
    jobs: "就业岗位",
    budget: "预算",
    revenue: "收入",
    inflation: "通货膨胀",
    unemployment: "失业",
    reserves: "储备",
    wages: "工资",
    aid: "援助",
  },
  qualifierKeys: {
    basis: "统计口径",
    kind: "类别",
    type: "类型",
    category: "分类",
    window: "统计时段",
    format: "形式",
    scope: "范围",
    method: "方法",
    sector: "行业",
    flow: "流向",
    product: "商品",
  },
  qualifier: (key, value) => `${key}：${value}`,
  seriesTitle: (metric, subject, qualifiers) => `${metric}${subject !== "" ? `——${subject}` : ""}${qualifiers.length > 0 ? `（${qualifiers.join("，")}）` : ""}`,
  groupTitle: (series, period, modality, actual) => `${series}，${period ?? "无时期"}${!actual ? `（${modality}）` : ""}`,
  groupLine: (period, modality, claims, sources, verdict) => `${period ?? "无时期"}，${modality}：${verdict}——${claims}条说法，${sources}个独立来源`,
  groupVerdicts: { consistent: "一致", conflict: "分歧", single: "单一数值" },
  singlesHeading: (n) => `${n}个数据序列只有一个数值，无可比较：`,
};
