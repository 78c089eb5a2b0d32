import type { ClaimWordKind } from "../lexicon/claimWords.js";
import type { Lang } from "../lexicon/types.js";
import type { EntityName } from "../entity/entityIndex.js";
import type { EntityAliases } from "../entity/types.js";
import type { MetricWord } from "../metric/metricIndex.js";
import type { PeriodSpan } from "../period/scanPeriods.js";
import type { Period } from "../period/types.js";
import type { PhraseMatch } from "../text/phraseIndex.js";
import type { Word } from "../text/toWords.js";
import type { ClaimOrigin } from "./claimTypes.js";
import type { Span } from "./splitSentences.js";
import type { Mention } from "./types.js";

// The shapes extractClaims's readers pass between them: one place, so each reader's file stays about
// one step of the reading (metric, subjects, period, modality, source).

/** @internal */
export type Cue = PhraseMatch<readonly ClaimWordKind[]>;
/** @internal */
export type MetricMatch = PhraseMatch<MetricWord>;
/** @internal */
export type EntityMatch = PhraseMatch<EntityName>;

/**
 * An attribution: the whole phrase ("according to X", "X said") and the name in it.
 *
 * @internal
 */
export interface Attribution {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
}

/**
 * What a claim is about, before it is written as claim input.
 *
 * @internal
 */
export interface Reading {
  readonly metric: string;
  readonly bilateral: boolean;
  readonly subject: readonly string[];
  readonly subjectIds: readonly string[];
  readonly direction: boolean;
  readonly period: Period | undefined;
  readonly dimension: string;
  readonly unit: string | undefined;
  /** The counting window of a count or ordinal ("since 2020"), a qualifier. */
  readonly window: string | undefined;
  readonly origin: ClaimOrigin;
}

/** @internal */
export const has = (cue: Cue, kind: ClaimWordKind): boolean => cue.value.includes(kind);

/**
 * A claim's origin while its reader fills it in.
 *
 * @internal
 */
export type MutableOrigin = { -readonly [K in keyof ClaimOrigin]: ClaimOrigin[K] };

/**
 * What a figure is read against: its sentence's words, cues, parties and periods, and what came before.
 *
 * @internal
 */
export interface Context {
  readonly text: string;
  readonly words: readonly Word[];
  readonly lang: Lang;
  readonly aliases: EntityAliases | undefined;
  readonly metrics: readonly MetricMatch[];
  readonly entities: readonly EntityMatch[];
  readonly clauseEntities: readonly EntityMatch[];
  readonly cues: readonly Cue[];
  readonly sentenceCues: readonly Cue[];
  readonly sentencePeriods: readonly PeriodSpan[];
  readonly readings: readonly Reading[];
  readonly previous: readonly Reading[] | undefined;
  readonly recentPair: readonly EntityMatch[] | undefined;
  /** Whether the recent pair was named in the sentence just before ("Kazakhstan and China signed … . Among them were 70 agreements"). */
  readonly pairJustBefore: boolean;
  readonly lastPeriod: Period | undefined;
  /** The last period of the sentences just before (two at most), if they give one. */
  readonly previousPeriod: Period | undefined;
  readonly publicationYear: Period | undefined;
  readonly publicationMonth: Period | undefined;
  /** Events told before with their dates ("This July, … his fifth official visit"), by metric. */
  readonly events: ReadonlyMap<string, readonly Period[]>;
  readonly exclude: readonly Span[];
  readonly mentions: readonly Mention[];
  readonly index: number;
}
