import { messages } from "../messages/misuse/input.js";
import type { PeriodSeason, PeriodUnit } from "../lexicon/types.js";
import {
  dayExtent,
  halfExtent,
  intervalExtent,
  monthExtent,
  quarterExtent,
  weekExtent,
  yearExtent,
  type Extent,
} from "./extent.js";
import { ROLE_BITS, type CompiledPeriodWords, type Roles } from "./periodWords.js";
import { partExtent, type Part, type Spec } from "./spec.js";
import type { Token } from "./tokenize.js";
import type { TokenStream } from "./tokenStream.js";

/**
 * The period grammar over tokens. `matchAt(i)` reads the longest period starting at token `i`, or
 * nothing. Every production looks a bounded number of tokens ahead (the longest lexicon phrase, a
 * date's few tokens), phrase lookups are Map accesses in a trie, and results are memoised per token,
 * so scanning a text is linear in its length. There is no regular expression here.
 *
 *     match   := [prep | as-of] [end-of | start-of | vague | since] core [end-suffix | vague-suffix | since-suffix]
 *              | [prep] range-start core range-joiner core
 *     core    := iso ["/" iso] | year [year-suffix] [part] | year "s" | dd.mm.yyyy | 3Q23 | fiscal-year
 *              | part [[","] [of] year | [of] relative-year] | relative [part] | modifier (unit | part)
 *              | core "-" core
 *     part    := [article] (month [day] | day [of] month | season | ordinal (quarter | half) | Q3 | H1 | 上半年
 *              | 7月[3日] | 1-9月 | 4-6月 | first count (months | quarters) | count (months | quarters) <year follows>)
 *
 * @internal
 */

interface Hit {
  readonly end: number;
  readonly roles: Roles;
  readonly mask: number;
}

interface Cand {
  readonly end: number;
  readonly spec: Spec;
  /** A bare English month or season ("May"): a period only after a cue such as "in" or "this". */
  readonly cue: boolean;
}

interface PartCand {
  readonly end: number;
  readonly part: Part;
  readonly cue: boolean;
  /** Read through an abbreviation's dot ("Oct."): only valid if a day or year follows. */
  readonly follow: boolean;
  /** Written as "Q3" or "H1": may follow a bare year ("2023 Q3"). */
  readonly letter: boolean;
}

/** A match: token range [start, end) and what it reads. @internal */
export interface GrammarMatch {
  readonly start: number;
  readonly end: number;
  readonly spec: Spec;
}

const CURRENCY = new Set(["$", "€", "£", "¥", "₸", "₽", "₴", "₹", "￥"]);
const PERCENT = new Set(["%", "‰", "％"]);
const NONE: readonly never[] = Object.freeze([]);

/** Every role: a token with any lexicon phrase is not inert. */
const ANY_ROLE = -1;
/** Roles a part may begin with (besides day and month numbers and "Q3"/"H1"). */
const PART_START =
  ROLE_BITS.month | ROLE_BITS.season | ROLE_BITS.ordinal | ROLE_BITS.halfPhrase | ROLE_BITS.first | ROLE_BITS.count;
/** Roles a core production may begin with (besides numbers and "Q3"/"H1"). */
const CORE_START =
  ROLE_BITS.fiscal | ROLE_BITS.article | ROLE_BITS.month | ROLE_BITS.season | ROLE_BITS.ordinal | ROLE_BITS.halfPhrase |
  ROLE_BITS.first | ROLE_BITS.count | ROLE_BITS.relative | ROLE_BITS.modifier;
/** Roles a reading may begin with: a core's, or a word that wraps one ("as of", "in", "by the end of", "since"). */
const READING_START =
  CORE_START | ROLE_BITS.asOf | ROLE_BITS.preposition | ROLE_BITS.endOf | ROLE_BITS.startOf | ROLE_BITS.vague |
  ROLE_BITS.since | ROLE_BITS.rangeStart;

const abs = (x: Extent | undefined, bad: () => string): Spec => (x === undefined ? { t: "bad", message: bad() } : { t: "abs", x });

/** @internal */
export class PeriodGrammar {
  // Memos per token, in rings as long as the token window: memory stays constant on long texts, and a
  // short text allocates only as many slots as it has characters, when first needed.
  private readonly hitMemo: RingMemo<readonly Hit[]>;
  private readonly coreMemo: RingMemo<readonly Cand[]>;
  private readonly rangeMemo: RingMemo<readonly Cand[]>;
  private readonly partMemo: RingMemo<readonly PartCand[]>;

  constructor(
    private readonly text: string,
    private readonly stream: TokenStream,
    private readonly words: CompiledPeriodWords,
    /** Reading text known to be one period: its start is cue enough for a bare "May". */
    private readonly cueAtStart = false,
  ) {
    const capacity = stream.capacity;
    this.hitMemo = new RingMemo(capacity);
    this.coreMemo = new RingMemo(capacity);
    this.rangeMemo = new RingMemo(capacity);
    this.partMemo = new RingMemo(capacity);
  }

  private tok(i: number): Token | undefined {
    return this.stream.at(i);
  }

  // --- tokens -----------------------------------------------------------------------------------

  private slice(from: number, to: number): string {
    const a = this.tok(from);
    const b = this.tok(to - 1);
    return a === undefined || b === undefined ? "" : this.text.slice(a.start, b.end);
  }

  /** Whether token `i` touches the token before it (no space between). */
  private adjacent(i: number): boolean {
    const a = this.tok(i - 1);
    const b = this.tok(i);
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  private punct(i: number, ch: string): boolean {
    const t = this.tok(i);
    return t !== undefined && t.kind === "punct" && t.key === ch;
  }

  private word(i: number, key: string): boolean {
    const t = this.tok(i);
    return t !== undefined && t.kind === "word" && t.key === key;
  }

  /** The value of a number token of 1..`maxDigits` digits (exactly `maxDigits` if `exact`). */
  private num(i: number, maxDigits: number, exact = false): number | undefined {
    const t = this.tok(i);
    if (t === undefined || t.kind !== "num") return undefined;
    const len = t.key.length;
    return len <= maxDigits && (!exact || len === maxDigits) ? t.value : undefined;
  }

  /** A four-digit year; texts name years 1000–2999 (other four-digit numbers are rarely years). */
  private year(i: number): number | undefined {
    const y = this.num(i, 4, true);
    return y !== undefined && y >= 1000 && y <= 2999 ? y : undefined;
  }

  // --- lexicon phrases --------------------------------------------------------------------------

  /** Every lexicon phrase starting at token `i`, shortest first. */
  private hits(i: number): readonly Hit[] {
    let cached = this.hitMemo.get(i);
    if (cached !== undefined) return cached;
    let out: Hit[] | undefined;
    let node = this.words.root;
    const limit = i + this.words.depth;
    for (let j = i; j < limit; j++) {
      const token = this.tok(j);
      if (token === undefined) break;
      const next = node.next.get(token.key);
      if (next === undefined) break;
      node = next;
      if (node.roles !== undefined) (out ??= []).push({ end: j + 1, roles: node.roles, mask: node.mask });
    }
    cached = out ?? NONE;
    this.hitMemo.set(i, cached);
    return cached;
  }

  /** The phrases at `i` that have role `key`, shortest first (a shared empty list when none: no garbage). */
  private role<K extends keyof Roles>(i: number, key: K): readonly { end: number; value: NonNullable<Roles[K]>; roles: Roles }[] {
    const hits = this.hits(i);
    if (hits.length === 0) return NONE;
    const bit = ROLE_BITS[key];
    let out: { end: number; value: NonNullable<Roles[K]>; roles: Roles }[] | undefined;
    for (const hit of hits) {
      if ((hit.mask & bit) === 0) continue;
      const value = hit.roles[key];
      if (value !== undefined) (out ??= []).push({ end: hit.end, value: value as NonNullable<Roles[K]>, roles: hit.roles });
    }
    return out ?? NONE;
  }

  private longest<K extends keyof Roles>(i: number, key: K): { end: number; value: NonNullable<Roles[K]> } | undefined {
    const all = this.role(i, key);
    return all[all.length - 1];
  }

  /** The end of an optional phrase with role `key` at `i`, or `i`. */
  private skip(i: number, key: keyof Roles): number {
    return this.longest(i, key)?.end ?? i;
  }

  /**
   * Whether no production can start at token `i`: every one begins with a number, a lexicon phrase
   * or the letters of "Q3"/"H1". Most words of prose are inert, and checking first spares the grammar
   * a dozen empty lookups at each of them.
   */
  private inert(i: number, starting = ANY_ROLE): boolean {
    const t = this.tok(i);
    if (t === undefined) return true;
    if (t.kind === "num" || t.key === "q" || t.key === "h") return false;
    let mask = 0;
    for (const hit of this.hits(i)) mask |= hit.mask;
    return (mask & starting) === 0;
  }

  // --- years ------------------------------------------------------------------------------------

  private yearWithSuffix(i: number): { end: number; y: number; suffixed: boolean } | undefined {
    const y = this.year(i);
    if (y === undefined) return undefined;
    const suffix = this.longest(i + 1, "yearSuffix");
    return suffix === undefined ? { end: i + 1, y, suffixed: false } : { end: suffix.end, y, suffixed: true };
  }

  /** "last year", "минулого року", "в прошлом году" (after the preposition), "торік", "去年". */
  private relativeYear(i: number): { end: number; offset: number }[] {
    const out: { end: number; offset: number }[] = [];
    for (const r of this.role(i, "relative")) if (r.value.unit === "year") out.push({ end: r.end, offset: r.value.offset });
    for (const m of this.role(i, "modifier")) {
      for (const u of this.role(m.end, "unit")) if (u.value === "year") out.push({ end: u.end, offset: m.value });
    }
    return out;
  }

  // --- parts ------------------------------------------------------------------------------------

  /** A day number (1–31), with an adjacent ordinal suffix ("19th") or a day suffix ("3日"). */
  private dayNumber(i: number): { end: number; d: number } | undefined {
    const d = this.num(i, 2);
    if (d === undefined || d < 1 || d > 31) return undefined;
    if (this.adjacent(i + 1)) {
      const suffix = this.longest(i + 1, "ordinalSuffix");
      if (suffix !== undefined) return { end: suffix.end, d };
    }
    return { end: i + 1, d };
  }

  private parts(i: number): readonly PartCand[] {
    let cached = this.partMemo.get(i);
    if (cached !== undefined) return cached;
    const out: PartCand[] = [];
    const starts = [i];
    const article = this.longest(i, "article");
    if (article !== undefined) starts.push(article.end);
    for (const s of starts) this.partsAt(s, out);
    cached = out.length === 0 ? NONE : out;
    this.partMemo.set(i, cached);
    return cached;
  }

  private partsAt(s: number, out: PartCand[]): void {
    if (this.inert(s, PART_START)) return;
    const plain = { follow: false, letter: false };
    // Month name, then an optional day: "July", "July 3", "Oct. 10", "七月", "七月3日".
    for (const hit of this.role(s, "month")) {
      const m = hit.value;
      const cue = hit.roles.needsCue === true;
      out.push({ end: hit.end, part: { p: "month", m }, cue, ...plain });
      const dotted = this.punct(hit.end, ".") && this.adjacent(hit.end);
      const at = dotted ? hit.end + 1 : hit.end;
      if (dotted) out.push({ end: at, part: { p: "month", m }, cue, follow: true, letter: false });
      const day = this.dayNumber(at);
      if (day !== undefined) {
        const suffix = this.longest(day.end, "daySuffix");
        out.push({ end: suffix?.end ?? day.end, part: { p: "day", m, d: day.d }, cue, ...plain });
      }
    }
    // Day first: "3 July", "19th May", "3rd of July", "1 січня".
    const day = this.dayNumber(s);
    if (day !== undefined) {
      for (const hit of this.role(this.skip(day.end, "of"), "month")) {
        const cue = hit.roles.needsCue === true;
        out.push({ end: hit.end, part: { p: "day", m: hit.value, d: day.d }, cue, ...plain });
        if (this.punct(hit.end, ".") && this.adjacent(hit.end)) {
          out.push({ end: hit.end + 1, part: { p: "day", m: hit.value, d: day.d }, cue, follow: true, letter: false });
        }
      }
    }
    // Month number with a month suffix: "7月", "7月3日".
    const m = this.num(s, 2);
    if (m !== undefined && m >= 1 && m <= 12) {
      const suffix = this.longest(s + 1, "monthSuffix");
      if (suffix !== undefined) {
        out.push({ end: suffix.end, part: { p: "month", m }, cue: false, ...plain });
        const d = this.num(suffix.end, 2);
        const daySuffix = this.longest(suffix.end + 1, "daySuffix");
        if (d !== undefined && d >= 1 && daySuffix !== undefined) {
          out.push({ end: daySuffix.end, part: { p: "day", m, d }, cue: false, ...plain });
        }
      }
    }
    // "1-9月", "1至9月": January to September, as Chinese statistics write the year to date; "4-6月",
    // "7至9月": the months from one to the other within the year.
    if (m !== undefined && m >= 1 && m < 12) {
      for (const joiner of this.role(s + 1, "rangeJoiner")) {
        const n = this.num(joiner.end, 2);
        const suffix = this.longest(joiner.end + 1, "monthSuffix");
        if (n !== undefined && n > m && n <= 12 && suffix !== undefined)
          out.push({ end: suffix.end, part: m === 1 ? { p: "months", n } : { p: "months", n, from: m }, cue: false, ...plain });
      }
    }
    // "The first nine months", "перші 9 місяців", "前7个月", "前三季度": from January. Without "first" only
    // with a year after it ("9 місяців 2024 року"), since "in nine months" is a duration.
    const first = this.longest(s, "first");
    const c = first?.end ?? s;
    const follow = first === undefined;
    const digits = this.num(c, 2);
    if (digits !== undefined) this.countedMonths(c + 1, digits, follow, out);
    for (const w of this.role(c, "count")) this.countedMonths(w.end, w.value, follow, out);
    for (const hit of this.role(s, "season")) {
      out.push({ end: hit.end, part: { p: "season", s: hit.value as PeriodSeason }, cue: hit.roles.needsCue === true, ...plain });
    }
    // "third quarter", "третьому кварталі", "第三季度", "first half", "I півріччя".
    for (const ord of this.role(s, "ordinal")) {
      const n = ord.value;
      for (const q of this.role(ord.end, "quarterWord")) {
        if (n <= 4) out.push({ end: q.end, part: { p: "quarter", q: n }, cue: false, ...plain });
      }
      for (const h of this.role(ord.end, "halfWord")) {
        if (n <= 2) out.push({ end: h.end, part: { p: "half", h: n }, cue: false, ...plain });
      }
    }
    for (const hit of this.role(s, "halfPhrase")) out.push({ end: hit.end, part: { p: "half", h: hit.value }, cue: false, ...plain });
    // "Q3", "H1": finance shorthand, the same in every language.
    const isQ = this.word(s, "q");
    if ((isQ || this.word(s, "h")) && this.adjacent(s + 1)) {
      const n = this.num(s + 1, 1, true);
      if (n !== undefined && n >= 1 && n <= (isQ ? 4 : 2)) {
        out.push({ end: s + 2, part: isQ ? { p: "quarter", q: n } : { p: "half", h: n }, cue: true, follow: false, letter: true });
      }
    }
  }

  /** "nine months", "three quarters" after a count `n` ending at `at`: the first n months, up to twelve. */
  private countedMonths(at: number, n: number, follow: boolean, out: PartCand[]): void {
    if (n < 1) return;
    for (const u of this.role(at, "countUnit")) {
      const months = n * u.value;
      if (months <= 12) out.push({ end: u.end, part: { p: "months", n: months }, cue: false, follow, letter: false });
    }
  }

  /** A part, with its year written after it when there is one. */
  private partCands(i: number, out: Cand[]): void {
    for (const pc of this.parts(i)) {
      if (!pc.follow) out.push({ end: pc.end, spec: { t: "part", part: pc.part, offset: undefined }, cue: pc.cue });
      // "July 2024", "July 3, 2024", "summer of 2023", "липня 2024 року", "третьем квартале 2023 года".
      let at = pc.end;
      if (pc.part.p === "day" && this.punct(at, ",")) at++;
      at = this.skip(at, "of");
      const y = this.yearWithSuffix(at);
      if (y !== undefined) {
        const x = partExtent(pc.part, y.y);
        out.push({ end: y.end, spec: abs(x, () => messages.badDate(this.slice(i, y.end))), cue: false });
      }
      // "July last year", "у липні минулого року", "в июле прошлого года".
      for (const r of this.relativeYear(this.skip(pc.end, "of"))) {
        out.push({ end: r.end, spec: { t: "part", part: pc.part, offset: r.offset }, cue: false });
      }
    }
  }

  // --- core -------------------------------------------------------------------------------------

  private isoAt(i: number): { end: number; spec: Spec } | undefined {
    const y = this.num(i, 4, true);
    if (y === undefined || y < 1) return undefined;
    const read = this.iso(i, y);
    return read.end > i + 1 || this.year(i) !== undefined ? read : undefined;
  }

  /** ISO forms, all tokens touching: 2023, 2023-07, 2023-07-03, 2023-Q3, 2023-H1, 2023-W05. */
  private iso(i: number, y: number): { end: number; spec: Spec } {
    const bad = (end: number) => () => messages.badDate(this.slice(i, end));
    if (!this.punct(i + 1, "-") || !this.adjacent(i + 1) || !this.adjacent(i + 2)) {
      return { end: i + 1, spec: abs(yearExtent(y), bad(i + 1)) };
    }
    const mm = this.num(i + 2, 2, true);
    // "2023-24": a split year, not a month (see splitAt; "2011-12" stays December 2011).
    if (mm !== undefined && mm > 12 && mm === (y + 1) % 100) return { end: i + 3, spec: { t: "split", y } };
    // Only a hyphen-minus writes an ISO date; "2023–07" with an en dash is not one.
    if (mm !== undefined && this.text.charCodeAt((this.tok(i + 1) as Token).start) === 45) {
      if (this.punct(i + 3, "-") && this.adjacent(i + 3) && this.adjacent(i + 4)) {
        const dd = this.num(i + 4, 2, true);
        if (dd !== undefined) return { end: i + 5, spec: abs(dayExtent(y, mm, dd), bad(i + 5)) };
      }
      return { end: i + 3, spec: abs(monthExtent(y, mm), bad(i + 3)) };
    }
    const t = this.tok(i + 2);
    if (t !== undefined && t.kind === "word" && this.adjacent(i + 3)) {
      if (t.key === "q" || t.key === "h") {
        const n = this.num(i + 3, 1, true);
        if (n !== undefined) {
          const x = t.key === "q" ? quarterExtent(y, n) : halfExtent(y, n);
          return { end: i + 4, spec: abs(x, bad(i + 4)) };
        }
      }
      if (t.key === "w") {
        const w = this.num(i + 3, 2, true);
        if (w !== undefined) return { end: i + 4, spec: abs(weekExtent(y, w), bad(i + 4)) };
      }
    }
    return { end: i + 1, spec: abs(yearExtent(y), bad(i + 1)) };
  }

  /**
   * A split year at token `i`: "2023/24", "2023/2024", "2023–24", and "2023-24" when "24" cannot be a
   * month ("2011-12" is December 2011 in ISO; "2011–12" with an en dash is the split year). The second
   * year must follow the first.
   */
  private splitAt(i: number): { end: number; y: number } | undefined {
    const y = this.year(i);
    if (y === undefined || !this.adjacent(i + 1) || !this.adjacent(i + 2)) return undefined;
    const slash = this.punct(i + 1, "/");
    if (!slash && !this.punct(i + 1, "-")) return undefined;
    const short = this.num(i + 2, 2, true);
    if (short !== undefined && short === (y + 1) % 100) {
      const hyphen = this.text.charCodeAt((this.tok(i + 1) as Token).start) === 45;
      return slash || !hyphen || short > 12 ? { end: i + 3, y } : undefined;
    }
    return slash && this.year(i + 2) === y + 1 ? { end: i + 3, y } : undefined;
  }

  /**
   * A split year at `i` and what may follow it: a year word ("2023/24 г.", "2023/24年度") and a fiscal
   * or marketing-year phrase ("2023/24 marketing year", "2023/24 маркетинговий рік").
   */
  private splitCands(i: number, out: Cand[]): void {
    const split = this.splitAt(i);
    if (split === undefined) return;
    const spec: Spec = { t: "split", y: split.y };
    out.push({ end: split.end, spec, cue: false });
    const ends = [split.end];
    for (const s of this.role(split.end, "yearSuffix")) {
      out.push({ end: s.end, spec, cue: false });
      ends.push(s.end);
    }
    for (const e of ends) for (const f of this.role(e, "fiscal")) out.push({ end: f.end, spec, cue: false });
  }

  private core(i: number): readonly Cand[] {
    if (this.inert(i, CORE_START)) return NONE;
    let cached = this.coreMemo.get(i);
    if (cached !== undefined) return cached;
    const out: Cand[] = [];
    // ISO forms, and ISO intervals: "2023-09/2023-11", "2013/2015". A dated ISO form names any year
    // 0001–9999 ("3000-01-01" can only be a date); a bare number is a year only from 1000 to 2999.
    const a = this.isoAt(i);
    if (a !== undefined) {
      out.push({ end: a.end, spec: a.spec, cue: false });
      const b = this.punct(a.end, "/") && this.adjacent(a.end) && this.adjacent(a.end + 1) ? this.isoAt(a.end + 1) : undefined;
      // "2023/2024" is a split year (below), not the two calendar years.
      if (b !== undefined && this.splitAt(i) === undefined) out.push({ end: b.end, spec: { t: "range", a: a.spec, b: b.spec }, cue: false });
    }
    this.splitCands(i, out);
    const y = this.year(i);
    if (y !== undefined) {
      // "2023 року", "2023 г.", "2023年", then what a year-first language writes after it: "2023年7月".
      const ys = this.yearWithSuffix(i);
      if (ys !== undefined && ys.suffixed) out.push({ end: ys.end, spec: abs(yearExtent(y), () => messages.badDate(this.slice(i, ys.end))), cue: false });
      // "2023 fiscal year", "2023 маркетинговий рік": refused as "FY2023" is, not read as calendar 2023.
      if (ys !== undefined && this.splitAt(i) === undefined) {
        // A phrase ("fiscal year"), not a lone "fiscal": "in 2023 fiscal policy tightened" keeps its year.
        for (const f of this.role(ys.end, "fiscal")) {
          if (f.end - ys.end >= 2) out.push({ end: f.end, spec: { t: "bad", message: messages.fiscalYear(this.slice(i, f.end)) }, cue: false });
        }
      }
      if (ys !== undefined) {
        for (const pc of this.parts(ys.end)) {
          if (pc.follow || !(ys.suffixed || pc.letter)) continue;
          const x = partExtent(pc.part, y);
          out.push({ end: pc.end, spec: abs(x, () => messages.badDate(this.slice(i, pc.end))), cue: false });
        }
      }
      // Decades: "2000s".
      if (y % 10 === 0 && this.word(i + 1, "s") && this.adjacent(i + 1)) {
        const first = yearExtent(y);
        const last = yearExtent(y + 9);
        if (first !== undefined && last !== undefined) out.push({ end: i + 2, spec: { t: "abs", x: intervalExtent(first.start, last.end) }, cue: false });
      }
    }
    // dd.mm.yyyy, as Ukrainian and Russian texts write dates.
    const dd = this.num(i, 2);
    if (dd !== undefined && this.punct(i + 1, ".") && this.adjacent(i + 1) && this.adjacent(i + 2)) {
      const mm = this.num(i + 2, 2);
      const yy = this.year(i + 4);
      if (mm !== undefined && this.punct(i + 3, ".") && this.adjacent(i + 3) && this.adjacent(i + 4) && yy !== undefined) {
        out.push({ end: i + 5, spec: abs(dayExtent(yy, mm, dd), () => messages.badDate(this.slice(i, i + 5))), cue: false });
      }
    }
    // "3Q23", "3Q 2023", "1H2023".
    const n = this.num(i, 1, true);
    const letter = this.tok(i + 1);
    if (n !== undefined && letter !== undefined && (letter.key === "q" || letter.key === "h") && letter.kind === "word" && this.adjacent(i + 1)) {
      const short = this.adjacent(i + 2) ? this.num(i + 2, 2, true) : undefined;
      const full = this.year(i + 2);
      const yy = short !== undefined ? 2000 + short : full;
      if (yy !== undefined) {
        const x = letter.key === "q" ? quarterExtent(yy, n) : halfExtent(yy, n);
        out.push({ end: i + 3, spec: abs(x, () => messages.badDate(this.slice(i, i + 3))), cue: false });
      }
    }
    // "FY2023-24", "FY2023/24": a split year. "FY2023": refused with a reason rather than read as a
    // calendar year, since which twelve months it means depends on the country.
    for (const f of this.role(i, "fiscal")) {
      if (this.splitAt(f.end) !== undefined) this.splitCands(f.end, out);
      else if (this.num(f.end, 4, true) !== undefined || this.num(f.end, 2, true) !== undefined) {
        out.push({ end: f.end + 1, spec: { t: "bad", message: messages.fiscalYear(this.slice(i, f.end + 1)) }, cue: false });
      }
    }
    this.partCands(i, out);
    // Relative: "去年", "торік", then what may follow a relative year: "今年7月", "去年第三季度".
    for (const r of this.role(i, "relative")) {
      out.push({ end: r.end, spec: { t: "rel", unit: r.value.unit, offset: r.value.offset }, cue: false });
      if (r.value.unit === "year") {
        for (const pc of this.parts(r.end)) {
          if (!pc.follow) out.push({ end: pc.end, spec: { t: "part", part: pc.part, offset: r.value.offset }, cue: false });
        }
      }
    }
    // "last year", "минулого місяця", "прошлой неделе"; "this July", "цього літа", "этим летом".
    for (const m of this.role(i, "modifier")) {
      for (const u of this.role(m.end, "unit")) {
        out.push({ end: u.end, spec: { t: "rel", unit: u.value as PeriodUnit, offset: m.value }, cue: false });
      }
      for (const pc of this.parts(m.end)) {
        // Not "last nine months": a trailing window, not the months from January.
        if (pc.follow || pc.part.p === "quarter" || pc.part.p === "half" || pc.part.p === "months") continue;
        out.push({ end: pc.end, spec: { t: "part", part: pc.part, offset: m.value }, cue: false });
      }
    }
    cached = out.length === 0 ? NONE : out;
    this.coreMemo.set(i, cached);
    return cached;
  }

  /** Cores, and ranges written with a dash: "2013–2015", "September–November 2023". */
  private ranged(i: number): readonly Cand[] {
    let cached = this.rangeMemo.get(i);
    if (cached !== undefined) return cached;
    const cores = this.core(i);
    let out: Cand[] | undefined;
    for (const a of cores) {
      if (!this.punct(a.end, "-") || !(a.spec.t === "abs" || (a.spec.t === "part" && a.spec.offset === undefined))) continue;
      for (const b of this.core(a.end + 1)) {
        // "in January–September": two yearless months, the year of the second (the latest such month).
        if (a.spec.t === "part" && a.spec.part.p === "month" && b.spec.t === "part" && b.spec.offset === undefined && b.spec.part.p === "month") {
          (out ??= [...cores]).push({ end: b.end, spec: { t: "range", a: a.spec, b: b.spec }, cue: a.cue || b.cue });
          continue;
        }
        if (b.spec.t !== "abs" && b.spec.t !== "bad") continue;
        if (a.spec.t === "part" && b.spec.t === "abs" && !sameGrain(a.spec.part, b.spec.x)) continue;
        (out ??= [...cores]).push({ end: b.end, spec: { t: "range", a: a.spec, b: b.spec }, cue: false });
      }
    }
    cached = out ?? cores;
    this.rangeMemo.set(i, cached);
    return cached;
  }

  // --- match ------------------------------------------------------------------------------------

  private boundaryBefore(i: number): boolean {
    const t = this.tok(i) as Token;
    const prev = this.tok(i - 1);
    if (prev === undefined) return true;
    if (prev.end === t.start) {
      if (prev.kind === "num" || prev.kind === "word") return false;
      if (t.kind === "num") {
        if (CURRENCY.has(prev.key)) return false;
        // "1,2023" or "1.2023": the tail of a bigger number.
        // "03/2024", "12/2023": a month and year (or a date) the grammar does not read, not the bare year.
        if ((prev.key === "," || prev.key === ".") && this.tok(i - 2)?.kind === "num" && this.adjacent(i - 1)) return false;
        // "Q3-2023", "Jan-2024", "pre-2020": a year glued by a dash to a word or number the grammar did
        // not read with it ("mid-2023", "2020-2023" are read from their first token, never from here).
        if (prev.key === "-" && this.tok(i - 2) !== undefined && this.tok(i - 2)?.kind !== "punct" && this.adjacent(i - 1)) return false;
        if (prev.key === "/" && this.tok(i - 2) !== undefined && this.tok(i - 2)?.kind !== "punct" && this.adjacent(i - 1)) return false;
      }
    }
    // "FY 2023", "fiscal year 2023": the year of a fiscal year is not a calendar year.
    if (prev.kind !== "word") return true;
    // "9M 2023", "12M 2023", "1П 2023": a number glued to a letter or two is a part of the year (nine
    // months, a half) the grammar does not read; the bare year after it would be the whole year.
    if (prev.key.length <= 2 && this.tok(i - 2)?.kind === "num" && this.adjacent(i - 1)) return false;
    for (let k = 1; k <= this.words.depth && k <= i; k++) {
      for (const f of this.role(i - k, "fiscal")) if (f.end === i) return false;
      // "third-quarter 2023", "в 3-м квартале 2023", "2-м полугодии 2023": a part of the year the
      // grammar did not read whole; the bare year after it would be another, longer period.
      for (const role of ["quarterWord", "halfWord", "countUnit"] as const) for (const f of this.role(i - k, role)) if (f.end === i) return false;
    }
    return true;
  }

  private boundaryAfter(end: number): boolean {
    const next = this.tok(end);
    const last = this.tok(end - 1) as Token;
    if (next === undefined || next.start !== last.end) return true;
    if (next.kind === "num" || next.kind === "word") return false;
    if (last.kind === "num") {
      if (PERCENT.has(next.key)) return false;
      // "2023.5", "2023,5": a decimal, not a year; "2024/03", "2022/3": a month or a split year written
      // in a way the grammar does not read, never the bare year before it.
      if ((next.key === "." || next.key === ",") && this.tok(end + 1)?.kind === "num" && this.adjacent(end + 1)) return false;
    }
    if (next.key === "/" && this.tok(end + 1) !== undefined && this.tok(end + 1)?.kind !== "punct" && this.adjacent(end + 1)) return false;
    return true;
  }

  /**
   * Every reading of a period starting at token `i` (longest last is not guaranteed). Readings that
   * need a cue and have none are left out; `accept` picks among the rest.
   */
  readings(i: number): GrammarMatch[] {
    const out: GrammarMatch[] = [];
    if (this.inert(i, READING_START)) return out;
    if (!this.boundaryBefore(i)) return out;
    const firsts: { end: number; wrap: Spec["t"] | undefined }[] = [{ end: i, wrap: undefined }];
    for (const h of this.role(i, "asOf")) firsts.push({ end: h.end, wrap: "asOf" });
    for (const h of this.role(i, "preposition")) firsts.push({ end: h.end, wrap: undefined });
    for (const first of firsts) {
      const j = first.end;
      const seconds: { end: number; wrap: "since" | "endOf" | "startOf" | "vague" | "range" | undefined }[] = [
        { end: j, wrap: undefined },
      ];
      for (const hit of this.hits(j)) {
        const r = hit.roles;
        if (r.endOf) seconds.push({ end: hit.end, wrap: "endOf" });
        if (r.startOf) seconds.push({ end: hit.end, wrap: "startOf" });
        if (r.vague) seconds.push({ end: hit.end, wrap: "vague" });
        if (r.since) seconds.push({ end: hit.end, wrap: "since" });
        if (r.rangeStart) seconds.push({ end: hit.end, wrap: "range" });
      }
      const cued = first.end > i || (i === 0 && this.cueAtStart);
      for (const second of seconds) {
        const k = second.end;
        const hasCue = cued || k > j;
        const emit = (end: number, spec0: Spec, cue: boolean): void => {
          if (cue && !hasCue) return;
          let spec = spec0;
          if (second.wrap === "since" || second.wrap === "endOf" || second.wrap === "startOf") spec = { t: second.wrap, inner: spec };
          if (first.wrap === "asOf") spec = { t: "asOf", inner: spec };
          out.push({ start: i, end, spec });
        };
        if (second.wrap === "range") {
          for (const a of this.core(k)) {
            for (const joiner of this.role(a.end, "rangeJoiner")) {
              for (const b of this.core(joiner.end)) emit(b.end, { t: "range", a: a.spec, b: b.spec }, false);
            }
          }
          continue;
        }
        for (const c of this.ranged(k)) {
          emit(c.end, c.spec, c.cue);
          // Chinese writes "end", "early" and "since" after the period: "2023年底", "2023年初", "2020年以来".
          for (const hit of this.hits(c.end)) {
            const r = hit.roles;
            if (r.endSuffix) emit(hit.end, { t: "endOf", inner: c.spec }, false);
            if (r.vagueSuffix) emit(hit.end, c.spec, false);
            if (r.sinceSuffix) emit(hit.end, { t: "since", inner: c.spec }, false);
          }
        }
      }
    }
    // The longest reading decides where the period ends; if it runs into a word or a decimal, the
    // text is not a period here at all (a shorter reading would be a misreading: "2023-07-03T10").
    let longest = 0;
    for (const m of out) if (m.end > longest) longest = m.end;
    if (longest > 0 && !this.boundaryAfter(longest)) return [];
    return out;
  }
}

/** Whether a yearless part and the period that lends it a year are of one grain ("September–November 2023"). */
const sameGrain = (part: Part, x: Extent): boolean =>
  part.p === x.kind || (part.p === "day" && x.kind === "day");

/**
 * A memo of per-token results for the last `capacity` token indexes (the token window, at most
 * `TOKEN_WINDOW`). The slots are allocated on the first `set`, so a text where no token needs
 * this memo allocates nothing.
 */
class RingMemo<T> {
  private keys: number[] | undefined;
  private values: (T | undefined)[] | undefined;

  constructor(private readonly capacity: number) {}

  get(i: number): T | undefined {
    const keys = this.keys;
    if (keys === undefined) return undefined;
    const slot = i % this.capacity;
    return keys[slot] === i ? this.values?.[slot] : undefined;
  }

  set(i: number, value: T): void {
    if (this.keys === undefined) {
      this.keys = new Array<number>(this.capacity).fill(-1);
      this.values = new Array<T | undefined>(this.capacity);
    }
    const slot = i % this.capacity;
    this.keys[slot] = i;
    (this.values as (T | undefined)[])[slot] = value;
  }
}
