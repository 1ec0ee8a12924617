// A stream of any length from the ~2,200 real articles of ../shared/data, for bench:events:
// repetition k of the corpus is every real signature cloned with its dates shifted by k × SHIFT_DAYS
// and its names renamed, so each copy reports a distinct event, later in time, about other people,
// while still sharing the language of news (common words, countries) with every other copy, which
// is what makes candidate lookup expensive in a real archive.

import type { EventSignature } from "../../lib/events/types.ts";

/** seven weeks: past the grouper's 42-day date cutoff, so a copy never meets its original in time; whole weeks keep weekdays */
export const SHIFT_DAYS = 49;
/**
 * A stem found in at most this many real articles is taken for a name or an event's own word and
 * renamed in each copy. Entity ids alone would not do: lib/nlp reads no entities in the French
 * RPM2 articles, and their copies (undated, so never kept apart by dates) would all merge.
 * Chosen so that copies of one undated article score far below the join threshold while
 * the words shared by many events stay shared.
 */
export const RARE_TERM_ARTICLES = 20;

export interface StreamItem {
  /** the signature's id: the real article's, suffixed "#k" in repetition k > 0 */
  id: string;
  /**
   * The signature, cloned on each call: the bench clones each just before grouping it and lets it
   * go, as the app reads stored signatures, so peak memory is the grouper's and not 100,000 Maps.
   */
  signature: () => EventSignature;
  repetition: number;
  /** the gold event, distinct per repetition: `3:basil:<cluster>` */
  event: string;
  /** arrival order: the shifted publication day, or for an undated article its turn spread over the repetition's span */
  arrival: number;
}

export interface RealArticle {
  signature: EventSignature;
  /** "basil", "rpm2", "allsides" */
  set: string;
  /** the gold event, prefixed by its set */
  event: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const shiftDay = (iso: string | null, days: number) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? isoDay(dayNumber(iso) + days) : iso);
/** "--07-02" has no year: shifted within a leap year so 29 February exists */
const shiftMonthDay = (monthDay: string, days: number) => `--${isoDay(dayNumber(`2000${monthDay.slice(1)}`) + days).slice(5)}`;

/** the stems that get renamed: the rare ones and those spelling a word of a renamed entity's name */
export function renamedTerms(real: EventSignature[]): (signature: EventSignature) => Set<string> {
  const articles = new Map<string, number>();
  for (const signature of real) for (const term of signature.terms.keys()) articles.set(term, (articles.get(term) ?? 0) + 1);
  return (signature) => {
    const nameWords = new Set<string>();
    for (const id of [...signature.participants, ...signature.places]) {
      for (const word of (signature.labels.get(id) ?? id).toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) nameWords.add(word);
    }
    const renamed = new Set<string>();
    for (const term of signature.terms.keys()) {
      const surface = signature.termLabels.get(term)?.toLowerCase();
      if ((articles.get(term) ?? 0) <= RARE_TERM_ARTICLES || nameWords.has(term) || (surface !== undefined && nameWords.has(surface))) renamed.add(term);
    }
    return renamed;
  };
}

export interface CloneOptions {
  /** days to move every date by, a multiple of 7 */
  shift: number;
  /** appended to the id and to every renamed name ("#3"); "" keeps the names */
  suffix: string;
  renamed: Set<string>;
}

/** a copy of `signature`, dates moved and names renamed: its own Maps and arrays, nothing shared with the original */
export function cloneSignature(signature: EventSignature, { shift, suffix, renamed }: CloneOptions): EventSignature {
  if (shift === 0 && suffix === "") return signature;
  // countries stay: new events happen in the same countries, and a country is shared by many events as it is in reality
  const renameEntity = (id: string) => (id.startsWith("country:") || !suffix ? id : `${id}${suffix}`);
  const renameTerm = (term: string) => (renamed.has(term) && suffix ? `${term}${suffix}` : term);
  return {
    ...signature,
    id: `${signature.id}${suffix}`,
    published: shiftDay(signature.published, shift),
    eventDate: shiftDay(signature.eventDate, shift),
    window: signature.window && { from: shiftDay(signature.window.from, shift)!, to: shiftDay(signature.window.to, shift)! },
    eventPlace: signature.eventPlace && renameEntity(signature.eventPlace),
    participants: signature.participants.map(renameEntity),
    countries: [...signature.countries],
    places: signature.places.map(renameEntity),
    days: signature.days.map((day) => shiftMonthDay(day, shift)),
    terms: new Map([...signature.terms].map(([term, weight]) => [renameTerm(term), weight])),
    termLabels: new Map([...signature.termLabels].map(([term, label]) => [renameTerm(term), renameTerm(term) === term ? label : `${label}${suffix}`])),
    labels: new Map([...signature.labels].map(([id, label]) => [renameEntity(id), renameEntity(id) === id ? label : `${label}${suffix}`])),
  };
}

/**
 * `total` articles: repetitions 0, 1, 2 … of the real corpus until the count is reached, in
 * arrival order. One repetition covers the span of the densest dated set (AllSides' half-year),
 * so every stretch of the stream mixes the three sets alike and the cost at 1k, 10k and 100k
 * articles compares like with like: BASIL's events, spread over nine years, are moved whole into
 * that span (their members keep their days apart; the events come closer to one another, which
 * only makes grouping harder), and RPM2's undated articles, which stay undated, arrive spread
 * over it in file order.
 */
export function growStream(real: RealArticle[], total: number): StreamItem[] {
  const renamedOf = renamedTerms(real.map((article) => article.signature));
  const renamed = new Map(real.map((article) => [article.signature, renamedOf(article.signature)]));
  const offsets = eventOffsets(real);
  const span = commonSpan(real);
  const undated = real.filter((article) => !article.signature.window);
  const turn = new Map(undated.map((article, index) => [article, span.first + ((index + 0.5) * (span.last - span.first)) / undated.length]));

  const items: StreamItem[] = [];
  for (let repetition = 0; items.length < total; repetition++) {
    for (const article of real) {
      if (items.length === total) break;
      const shift = repetition * SHIFT_DAYS + (offsets.get(article.event) ?? 0);
      const options = { shift, suffix: repetition === 0 ? "" : `#${repetition}`, renamed: renamed.get(article.signature)! };
      const { window } = article.signature;
      const arrival = window ? dayNumber(shiftDay(window.to, shift)!) : turn.get(article)! + repetition * SHIFT_DAYS;
      const signature = () => cloneSignature(article.signature, options);
      items.push({ id: `${article.signature.id}${options.suffix}`, signature, repetition, event: `${repetition}:${article.event}`, arrival });
    }
  }
  return items.sort((a, b) => a.arrival - b.arrival);
}

/** first and last publication day of the set with the most dated articles */
function commonSpan(real: RealArticle[]): { first: number; last: number } {
  const daysBySet = new Map<string, number[]>();
  for (const { set, signature } of real) if (signature.window) daysBySet.set(set, [...(daysBySet.get(set) ?? []), dayNumber(signature.window.to)]);
  const days = [...daysBySet.values()].sort((a, b) => b.length - a.length)[0] ?? [0];
  return { first: Math.min(...days), last: Math.max(...days) };
}

/** days to move each dated event lying outside the common span, whole weeks so weekdays hold */
function eventOffsets(real: RealArticle[]): Map<string, number> {
  const span = commonSpan(real);
  const firstDay = new Map<string, number>();
  const lastDay = new Map<string, number>();
  for (const { event, signature } of real) {
    if (!signature.window) continue;
    const from = dayNumber(signature.window.from);
    const to = dayNumber(signature.window.to);
    firstDay.set(event, Math.min(firstDay.get(event) ?? from, from));
    lastDay.set(event, Math.max(lastDay.get(event) ?? to, to));
  }
  const outside = [...firstDay.keys()].filter((event) => firstDay.get(event)! < span.first || lastDay.get(event)! > span.last);
  outside.sort((a, b) => firstDay.get(a)! - firstDay.get(b)!);
  return new Map(
    outside.map((event, index) => {
      const target = span.first + Math.floor((index * (span.last - span.first)) / outside.length);
      return [event, 7 * Math.round((target - firstDay.get(event)!) / 7)];
    }),
  );
}
