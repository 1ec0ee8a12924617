// Scores one article's claim slots against its gold (see claims-gold.ts for how gold strings are
// read). Gold events are aligned to extracted events greedily, in gold order, by the number of
// slot values they agree on (place, day, date, people, countries); event-level rows are scored
// on aligned pairs only, and every value of an unaligned gold event is a miss. Numbers, quotes
// and cited sources are article-level: all extracted ones are scored against the article's gold.
// Matching is one-to-one: an extracted value can satisfy one gold value only.

import type { SlotValue, ArticleClaims, EventMention } from "../../lib/claims/types.ts";
import { countryCode, countriesNamed, goldDate, goldRank, goldWeekday, nameVariants, readGoldNumber, sameName, type GoldArticle, type GoldEvent } from "./claims-gold.ts";
import { fold, sourceMatches } from "./seeds-gold.ts";

export const ROWS = ["places", "days", "dates", "people", "countries", "chair/host", "delegation level", "numbers", "quotes+speakers", "cited sources"] as const;
export type Row = (typeof ROWS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  rows: Record<Row, Counts>;
  events: Counts;
  /** slots resting on a pronoun that are not flagged inferred: must stay 0 */
  unflaggedPronouns: number;
  misses: string[];
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function scoreArticle(gold: GoldArticle, claims: ArticleClaims): ArticleScore {
  const rows = Object.fromEntries(ROWS.map((row) => [row, emptyCounts()])) as Record<Row, Counts>;
  const misses: string[] = [];
  const unaligned = [...claims.events];
  let aligned = 0;
  for (const goldEvent of gold.events) {
    const best = unaligned
      .map((event) => ({ event, agreement: agreement(goldEvent, event) }))
      .filter((candidate) => candidate.agreement > 0)
      .sort((a, b) => b.agreement - a.agreement)[0];
    if (best) {
      unaligned.splice(unaligned.indexOf(best.event), 1);
      aligned += 1;
    } else misses.push(`event not found: ${goldEvent.what}`);
    scoreEvent(goldEvent, best?.event.slots ?? [], rows, misses);
  }
  const all = claims.events.flatMap((event) => event.slots);
  scoreList(rows.numbers, "number", gold.numbers.map(readGoldNumber).filter((number) => number.value !== null), all.filter((slot) => slot.type === "number"), (number, slot) => numberMatches(number, slot), misses, (number) => number.text);
  // a quote compared under no name (its speaker not clear) claims no speaker: an abstention, not a wrong one
  const directQuotes = all.filter((slot) => slot.type === "quote" && slot.detail?.direct === true && slot.detail?.speakerId !== null);
  scoreList(rows["quotes+speakers"], "quote", gold.quotes, directQuotes, (quote, slot) => fold(slot.span.text).includes(fold(quote.starts)) && actorNameMatches(quote.speaker, String(slot.detail?.speaker ?? "")), misses, (quote) => `${quote.speaker}: ${quote.starts}`);
  scoreList(rows["cited sources"], "source", gold.cited_sources, all.filter((slot) => slot.type === "cited-source"), (source, slot) => actorMatches(source, slot), misses, (source) => source);
  const unflaggedPronouns = all.filter((slot) => slot.detail?.resolution === "pronoun" && !slot.inferred).length;
  return { rows, events: { tp: aligned, fp: unaligned.length, fn: gold.events.length - aligned }, unflaggedPronouns, misses };
}

function scoreEvent(gold: GoldEvent, slots: SlotValue[], rows: Record<Row, Counts>, misses: string[]): void {
  const of = (type: SlotValue["type"]) => slots.filter((slot) => slot.type === type);
  const dates = of("date");
  scoreSingle(rows.places, "place", gold.place, of("place"), (value, slot) => nameVariants(value).some((variant) => [fold(slot.label.replace(/\s*\(.*\)$/, "")), fold(slot.span.text)].includes(variant)), misses);
  scoreSingle(rows.days, "day", gold.day, dates.filter((slot) => typeof slot.detail?.weekday === "number"), (value, slot) => goldWeekday(value) === slot.detail?.weekday, misses);
  scoreSingle(rows.dates, "date", gold.date, dates.filter((slot) => typeof slot.detail?.month === "number"), (value, slot) => dateMatches(value, slot), misses);
  if (gold.people !== undefined) scoreList(rows.people, "person", gold.people ?? [], of("participant-person"), (name, slot) => sameName(name, slot.canonical), misses, (name) => name);
  if (gold.participants_countries !== undefined) {
    scoreList(rows.countries, "country", gold.participants_countries ?? [], of("participant-country"), (name, slot) => slot.canonical === `country:${countryCode(name)?.toLowerCase()}`, misses, (name) => name);
  }
  scoreSingle(rows["chair/host"], "chair", gold.chair, of("chair"), (value, slot) => actorMatches(value, slot), misses);
  scoreSingle(rows["chair/host"], "host", gold.host, of("host"), (value, slot) => actorMatches(value, slot), misses);
  scoreSingle(rows["delegation level"], "delegation", gold.delegation_level, of("delegation-head"), (value, slot) => delegationMatches(value, slot), misses);
}

/** a field with at most one gold value; undefined = not annotated, null = nothing to find */
function scoreSingle(counts: Counts, label: string, gold: string | null | undefined, slots: SlotValue[], matches: (gold: string, slot: SlotValue) => boolean, misses: string[]): void {
  if (gold === undefined) return;
  if (gold === null) {
    const stated = slots.filter((slot) => !slot.inferred);
    counts.fp += stated.length;
    for (const slot of stated) misses.push(`${label}: extra ${slot.label}`);
    return;
  }
  scoreList(counts, label, [gold], slots, matches, misses, (value) => value);
}

function scoreList<G>(counts: Counts, label: string, gold: G[], slots: SlotValue[], matches: (gold: G, slot: SlotValue) => boolean, misses: string[], describe: (gold: G) => string): void {
  const free = [...slots];
  for (const value of gold) {
    const index = free.findIndex((slot) => matches(value, slot));
    if (index < 0) {
      counts.fn += 1;
      misses.push(`${label}: missed ${describe(value)}`);
      continue;
    }
    free.splice(index, 1);
    counts.tp += 1;
  }
  counts.fp += free.length;
  for (const slot of free) misses.push(`${label}: extra ${slot.label}`);
}

function agreement(gold: GoldEvent, event: EventMention): number {
  const rows = Object.fromEntries(ROWS.map((row) => [row, emptyCounts()])) as Record<Row, Counts>;
  scoreEvent(gold, event.slots, rows, []);
  return rows.places.tp + rows.days.tp + rows.dates.tp + rows.people.tp + rows.countries.tp;
}

function dateMatches(gold: string, slot: SlotValue): boolean {
  const expected = goldDate(gold);
  if (expected.iso) return typeof slot.detail?.iso === "string" && slot.detail.iso.startsWith(expected.iso);
  return expected.month === slot.detail?.month && (expected.day === null || expected.day === slot.detail?.day);
}

/** a person by name; an organisation or a cited source by the cited-source rule of seeds-gold.ts */
function actorMatches(gold: string, slot: SlotValue): boolean {
  const label = slot.label.replace(/\s*\(.*\)$/, "");
  return actorNameMatches(gold, label) || (typeof slot.detail?.name === "string" && actorNameMatches(gold, slot.detail.name));
}

function actorNameMatches(gold: string, name: string): boolean {
  return name !== "" && (sameName(gold, name) || sourceMatches(gold, name) || nameVariants(gold).includes(fold(name)));
}

function delegationMatches(gold: string, slot: SlotValue): boolean {
  const rank = goldRank(gold);
  const slotRank = String(slot.detail?.rank ?? "");
  const sameRank = rank === slotRank || (rank === "deputy-minister" && /^deputy-.*-minister$/.test(slotRank));
  const expected = countriesNamed(gold);
  const found = String(slot.detail?.countries ?? "").split(",").filter(Boolean);
  return sameRank && (expected.length === 0 || (expected.length === found.length && expected.every((code) => found.includes(code))));
}

function numberMatches(gold: ReturnType<typeof readGoldNumber>, slot: SlotValue): boolean {
  if (slot.detail?.value !== gold.value || slot.detail?.hedge !== gold.hedge) return false;
  if (gold.year) return slot.detail?.kind === "year";
  return (slot.detail?.lemma ?? null) === gold.noun;
}

export function scoreOf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
