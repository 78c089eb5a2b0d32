export { DiscrepancyError, isDiscrepancyError } from "./errors.js";
export type { DiscrepancyErrorCode, DiscrepancyIssue } from "./errors.js";
export { BOUNDS } from "./quantity/types.js";
export type { Bound, Quantity, QuantityJSON } from "./quantity/types.js";
export type { Dimension, Unit } from "./units/types.js";
export { getUnit, isUnit, units } from "./units/registry.js";
export type { Period, PeriodKind } from "./period/types.js";
export type { Lang } from "./lexicon/types.js";
export { quantity } from "./quantity/quantity.js";
export { AmountSchema, QuantityInputSchema, QuantityObjectSchema } from "./quantity/schema.js";
export type { QuantityInput, QuantityObjectInput } from "./quantity/schema.js";
export { conversionFactor, convertQuantity } from "./quantity/convert.js";
export type { ConvertOptions, ExchangeRate, Factor } from "./quantity/convert.js";
export { SOURCE_TYPES } from "./source/types.js";
export type { ReportedBy, Source, SourceType } from "./source/types.js";
export { ReportedBySchema, SourceInputSchema, SourceObjectSchema } from "./source/schema.js";
export type { SourceObjectInput } from "./source/schema.js";
export { MODALITIES } from "./claim/types.js";
export type { Claim, Modality } from "./claim/types.js";
export { ClaimInputSchema } from "./claim/schema.js";
export type { ClaimInput } from "./claim/schema.js";
export type { ClaimOptions } from "./claim/options.js";
export { claim } from "./claim/claim.js";
export { parseClaims } from "./claim/parseClaims.js";
export type { ClaimNotice, ParsedClaims } from "./claim/parseClaims.js";
export { toSeriesKey } from "./claim/toSeriesKey.js";
export type { SeriesFields, SeriesKeyOptions } from "./claim/toSeriesKey.js";
export { resolveEntity } from "./entity/resolveEntity.js";
export type { ResolveEntityOptions } from "./entity/resolveEntity.js";
export type { Entity, EntityAliases } from "./entity/types.js";
export { resolveMetric } from "./metric/resolveMetric.js";
export type { ResolveMetricOptions } from "./metric/resolveMetric.js";
export type { MetricWords } from "./metric/types.js";
export { toClaimInputJSONSchema } from "./claim/toClaimInputJSONSchema.js";
export { parsePeriod } from "./period/parsePeriod.js";
export { safeParsePeriod } from "./period/safeParsePeriod.js";
export type { SafeParsePeriodResult } from "./period/safeParsePeriod.js";
export type { PeriodOptions } from "./period/periodOptions.js";
export { isPeriod } from "./period/isPeriod.js";
export { toPeriodKey } from "./period/toPeriodKey.js";
export { toPeriodLabel } from "./period/toPeriodLabel.js";
export { formatPeriod } from "./period/formatPeriod.js";
export type { FormatPeriodOptions } from "./period/formatPeriod.js";
export { isSamePeriod } from "./period/isSamePeriod.js";
export { periodsOverlap } from "./period/periodsOverlap.js";
export { comparePeriods } from "./period/comparePeriods.js";
export { isPeriodWithin } from "./period/isPeriodWithin.js";
export { shiftPeriod } from "./period/shiftPeriod.js";
export { scanPeriods } from "./period/scanPeriods.js";
export type { PeriodSpan } from "./period/scanPeriods.js";
export type { PeriodRelativePhrase, PeriodSeason, PeriodUnit, PeriodWords } from "./lexicon/types.js";
export { parseQuantity, safeParseQuantity } from "./quantity/parseQuantity.js";
export { createQuantityParser } from "./quantity/createQuantityParser.js";
export type { QuantityParser, QuantityParserOptions } from "./quantity/createQuantityParser.js";
export { en as enLexicon } from "./lexicon/en.js";
export { uk as ukLexicon } from "./lexicon/uk.js";
export { ru as ruLexicon } from "./lexicon/ru.js";
export { zh as zhLexicon } from "./lexicon/zh.js";
export type { BoundWord, DenominatorWord, Lexicon, MinorUnitWord, QuantityWords, UnitWord } from "./lexicon/types.js";
export type { SafeParseQuantityResult } from "./quantity/parseQuantity.js";
export { scanQuantities } from "./quantity/scan.js";
export type { QuantityMatch } from "./quantity/scan.js";
export type { ScanOptions } from "./quantity/scanOptions.js";
export { toQuantityJSON } from "./quantity/toQuantityJSON.js";
export { extractQuantities } from "./extract/extractQuantities.js";
export type { ExtractOptions, Mention } from "./extract/types.js";
export { extractClaims } from "./extract/extractClaims.js";
export type { ClaimOrigin, ExtractClaimsOptions, ExtractedClaim, ExtractedClaims, SkippedMention, SkipReason } from "./extract/claimTypes.js";
export { createInterval } from "./interval/createInterval.js";
export { isInInterval } from "./interval/isInInterval.js";
export { toInterval } from "./quantity/toInterval.js";
export type { Interval, IntervalEnd } from "./interval/types.js";
export { addIntervals, divideIntervals, multiplyIntervals, negateInterval, subtractIntervals } from "./interval/intervalArithmetic.js";
export { intersectIntervals } from "./interval/intersectIntervals.js";
export { intervalDistance } from "./interval/intervalDistance.js";
export { checkRelation } from "./relations/checkRelation.js";
export { formatRelationCheck } from "./report/formatRelationCheck.js";
export { RELATION_KINDS } from "./relations/types.js";
export type {
  CheckedOperand,
  ConversionRelation,
  DifferenceRelation,
  MultipleRelation,
  PercentChangeRelation,
  Relation,
  RelationCheck,
  RelationCode,
  RelationExplanation,
  RelationKind,
  RelationOperand,
  RelationOptions,
  RelationVerdict,
  ShareRelation,
  SumRelation,
} from "./relations/types.js";
export { checkOrdinal } from "./timeline/checkOrdinal.js";
export { formatOrdinalCheck } from "./report/formatOrdinalCheck.js";
export { TimelineSchema } from "./timeline/schema.js";
export type { TimelineInput } from "./timeline/schema.js";
export type { CheckOrdinalOptions, OrdinalCheck, OrdinalCheckInput, OrdinalValue, Timeline, TimelineEvent } from "./timeline/types.js";
export { checkRelations } from "./relations/checkRelations.js";
export type { CheckRelationsOptions, ClaimLookup, ImpliedValue, RelationsReport } from "./relations/checkRelations.js";
export { OperandInputSchema, OrdinalInputSchema, RelationInputSchema, RelationsInputSchema } from "./relations/schema.js";
export type { OrdinalInput, RelationInput, RelationsInput } from "./relations/schema.js";
export { compare } from "./compare/compare.js";
export type { Comparison, ComparisonSide } from "./compare/types.js";
export type { CompareOptions } from "./explain/resolveOptions.js";
export type { Gap } from "./explain/types.js";
export { VERDICTS } from "./compare/vocabulary.js";
export type { Verdict } from "./compare/vocabulary.js";
export { NOT_COMPARABLE_REASONS } from "./claim/notComparableReasons.js";
export type { NotComparableReason } from "./claim/notComparableReasons.js";
export { EXPLANATION_CODES, RULED_OUT_REASONS, STRENGTHS } from "./explain/vocabulary.js";
export type { ExplanationCode, RuledOutReason, Strength } from "./explain/vocabulary.js";
export { findDiscrepancies, findDiscrepanciesAsync } from "./compare/findDiscrepancies.js";
export type { FindDiscrepanciesOptions, PeriodGroup, Report, ReportSummary, SeriesReport } from "./compare/reportTypes.js";
export type { ConflictCluster } from "./compare/clusterGroup.js";
export { explain, explainSentences } from "./report/explain.js";
export type { ExplainOptions, Finding } from "./report/explain.js";
export { formatReconciliationNote } from "./report/formatReconciliationNote.js";
export { formatIssue } from "./report/formatIssue.js";
export { en } from "./messages/en/index.js";
export { uk } from "./messages/uk/index.js";
export { ru } from "./messages/ru/index.js";
export { zh } from "./messages/zh/index.js";
export type { Locale, LocaleCode, LocaleOptions } from "./messages/en/types.js";
export type { NumberConventions, PluralCategory } from "./messages/numbers/createNumberFormat.js";
export type { ExplainCatalogue } from "./messages/en/explain.js";
export type { ReportCatalogue } from "./messages/en/report.js";
export type { RelationCatalogue } from "./messages/en/relations.js";
export type { IssueCatalogue } from "./messages/en/issues.js";
export type {
  ApproximationExplanation,
  CopyExplanation,
  CurrencyConfusionExplanation,
  DifferentBasisExplanation,
  Explanation,
  MirrorStatisticsExplanation,
  PeriodShiftExplanation,
  RevisionExplanation,
  RoundingExplanation,
  RuledOut,
  ScaleSlipExplanation,
  SystematicSourceGapExplanation,
  UnitSlipExplanation,
} from "./explain/types.js";
export { createReconciler, reconcile } from "./reconcile/createReconciler.js";
export { RECONCILE_METHODS } from "./reconcile/types.js";
export type {
  FallbackCode,
  ReconcileMethod,
  ReconcileOptions,
  Reconciler,
  Reconciliation,
  ReconciliationNote,
  ReconciliationNoteCode,
  ReconciledValue,
  Weight,
} from "./reconcile/types.js";
export { formatReportText } from "./report/text.js";
export type { TextReportOptions } from "./report/text.js";
export { formatReport, REPORT_FORMATS } from "./report/formatReport.js";
export type { FormatReportOptions, ReportFormat } from "./report/formatReport.js";
export { formatCorpusReconciliation } from "./report/formatCorpusReconciliation.js";
export type { FormatCorpusReconciliationOptions } from "./report/formatCorpusReconciliation.js";
export { toVegaLite, VEGA_LITE_SCHEMA } from "./report/toVegaLite.js";
export type { ToVegaLiteOptions, VegaLiteOptions, VegaLiteSpec } from "./report/toVegaLite.js";
export { CLAIM_STATUSES } from "./report/chartRows.js";
export type { ClaimStatus } from "./report/chartRows.js";
export { toClaimReview } from "./report/toClaimReview.js";
export type { ClaimReviewAuthor, ClaimReviewJsonLd, ClaimReviewOptions, JsonLdThing } from "./report/toClaimReview.js";
// Notebook display is opt-in through "discrepancy/notebook"; these two stay here, where they have always been.
export { JUPYTER_DISPLAY, withDisplay } from "./notebook/withDisplay.js";
export type { MimeBundle } from "./report/mimeBundle.js";
export { reconcileAll, reconcileAllAsync } from "./reconcile/reconcileAll.js";
export { CORPUS_METHODS } from "./reconcile/corpusTypes.js";
export type { CorpusEstimate, CorpusMethod, CorpusReconciliation, ReconcileAllOptions, SourceReliability } from "./reconcile/corpusTypes.js";
