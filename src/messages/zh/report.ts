import type { ReportCatalogue } from "../en/report.js";

const EXPLANATION_NAMES: Readonly<Record<string, string>> = {
  "mirror-statistics": "镜像统计",
  "systematic-source-gap": "来源间的系统性差距",
  revision: "修订",
  copy: "转引",
  "scale-slip": "数量级错误",
  "unit-slip": "单位混淆",
  "currency-confusion": "货币混淆",
  "period-shift": "时期错位",
  "different-basis": "统计口径不同",
  rounding: "取整",
  approximation: "近似值",
};

const RULED_OUT: Readonly<Record<string, string>> = {
  "gap-exceeds-rounding": "差额超过取整单位",
  "gap-exceeds-tolerance": "差额超过允许误差",
  "ratio-not-power-of-ten": "比值不接近10的幂",
  "ratio-matches-no-unit-factor": "比值与任何单位换算系数都不符",
  "ratio-matches-no-rate": "比值与任何汇率都不符",
  "not-partner-reporters": "数值并非来自贸易双方的官方机构",
  "different-sources": "来源不同",
  "no-neighbour-match": "相邻时期没有相符的数值",
  "no-similar-gap": "其他时期没有类似差距",
};

const REASONS: Readonly<Record<string, string>> = {
  "different-metric": "指标不同",
  "different-subject": "主体不同",
  "different-scope": "范围不同",
  "different-period": "时期不同",
  "different-modality": "数值性质不同",
  "incompatible-units": "计量单位不兼容",
};

/** Chinese (Simplified) headings, table columns and short labels of the reports. */
export const report: ReportCatalogue = {
  explanationNames: EXPLANATION_NAMES,
  explanationLabel: (code, strength) => `${EXPLANATION_NAMES[code] ?? code}（${strength}）`,
  ruledOutLabel: (code, reason) => `${EXPLANATION_NAMES[code] ?? code}：${RULED_OUT[reason] ?? reason}`,
  strength: { strong: "可能性高", moderate: "可能性中等", weak: "可能性低" },
  fullStop: "。",
  reportTitle: "分歧报告",
  summaryLine: (s) => `${s.series}个数据序列中的${s.claims}条说法；${s.comparisons}次比较：${s.conflicts}处分歧，${s.consistent}次一致，${s.notComparable}次不可比`,
  conflictsHeading: "分歧",
  noConflicts: "没有分歧：所有可比较的说法两两一致。",
  seriesHeading: "数据序列",
  conflictColumns: ["序号", "数据序列", "时期", "数值", "来源", "数值", "来源", "差额", "占较大值", "比值", "原因"],
  groupColumns: ["数据序列", "时期", "数值性质", "结论", "说法", "调和"],
  verdictWords: { conflict: "分歧", consistent: "一致", single: "单一数值", "not-comparable": "不可比" },
  inOutlet: (outlet) => `，刊于${outlet}`,
  gapLine: (gap, share, ratio) => `差额${gap}（占较大值的${share}）${ratio === "" ? "" : `，比值${ratio}`}`,
  likelyLine: (labels) => `可能原因：${labels.join("；")}`,
  ruledOutLine: (labels) => `已排除：${labels.join("；")}`,
  reconciledLine: (note) => `调和结果：${note}`,
  noPeriod: "无时期",

  relationsHeading: "算术关系与时间线",
  relationColumns: ["序号", "核查", "结论", "含义"],
  relationSummary: (relations, ordinals, conflicts, implied) => `${relations}项算术关系和${ordinals}项时间线核查：${conflicts}处分歧，${implied}个推算值`,

  corpusTitle: (method) => `语料库调和（${method}）`,
  corpusMethodNames: { "truth-discovery": "真值发现", accu: "真值发现（贝叶斯来源准确度）", "truth-finder": "真值发现（TruthFinder）", majority: "多数投票", median: "中位数" },
  corpusSummary: (s) => `来自${s.sources}个来源的${s.claims}条说法：${s.estimates}个估计值，其中${s.contested}个有争议`,
  corpusRounds: (rounds, converged) => (converged ? `经过${rounds}轮迭代后收敛。` : `${rounds}轮迭代后停止，未收敛（请调高maxIterations）。`),
  contestedHeading: "有争议的估计值",
  noContested: "没有：每个估计值的说法都一致。",
  confidenceWord: "置信度",
  supportWord: "支持",
  dissentWord: "反对",
  sourcesHeading: "来源（按可靠性从低到高）",
  claimCount: (n) => `${n}条说法`,
  contestedColumns: ["序号", "数据序列", "时期", "估计值", "置信度", "支持", "反对"],
  sourceColumns: ["来源", "可靠性", "说法"],
  copyingColumn: "转引",
  moreRows: (n) => `……另有${n}项（formatCorpusReconciliation会全部列出）`,
  copyingWord: "转引",

  claimReviewed: (text, source, period) => `${source}：${text}${period === undefined ? "" : `（${period}）`}`,
  claimReviewRating: (verdict) => (verdict === "conflict" ? "与另一来源矛盾" : verdict === "consistent" ? "与另一来源一致" : "不可比"),
  claimReviewExplanation: (f) => {
    const both = `${f.reviewed.source}给出${f.reviewed.text}；${f.other.source}给出${f.other.text}${f.period === undefined ? "" : `（${f.period}）`}。`;
    if (f.verdict === "consistent") return `${both}在措辞允许的范围内，两者一致。`;
    if (f.verdict === "not-comparable") return `${both}二者所指不同（${f.reasons.map((r) => REASONS[r] ?? r).join("、")}）。`;
    return `${both}二者相互矛盾${f.gap === undefined ? "" : `：差额${f.gap}（占较大值的${f.share}${f.ratio === undefined ? "" : `，比值${f.ratio}`}）`}。${
      f.likely === undefined ? "" : f.likelyStrength === "weak" ? `可能的原因：${f.likely}。` : `最可能的原因：${f.likely}。`
    }`;
  },
};
