// Turns what chrono read in the text into a DateMention's calendar fields, resolving what the text
// leaves open against the publication date the way news is written: a weekday is the most recent
// such day on or before publication ("jeudi" in a Saturday dispatch is two days earlier), a month
// alone is the most recent such month, a day-month takes the year that puts it closest.
//
// Invariant chosen for the contract: `iso` is null exactly when `precision` is "weekday". Such a
// mention could not be placed on the calendar (no publication date, or one too coarse: a weekday
// cannot be placed within "2019-06"); what the text did say stays in `weekday` and in the span text
// ("mercredi 11 décembre" without a year keeps weekday 3 and its words, never a guessed year).

import type { ParsedResult } from "chrono-node";
import type { DateMention } from "../types.ts";

export type DateFields = Pick<DateMention, "iso" | "precision" | "weekday" | "relative" | "resolvedAgainst">;

export interface Publication {
  /** as given in AnalyseOptions.published */
  raw: string;
  year: number;
  month: number | null;
  day: number | null;
}

const DAY_MS = 86_400_000;
/** "il y a quelques jours", "last week": no day, month or year can honestly be given */
const VAGUE = /\b(?:quelques|plusieurs|few|several|couple)\b|semaine|\bweek\b|week-?end/i;
const LAST = /\b(?:dernier|dernière|passé|last|past)\b/i;
const NEXT = /\b(?:prochain|prochaine|next|coming)\b/i;

export function parsePublication(published: string | null): Publication | null {
  const match = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!match || !published) return null;
  return { raw: published, year: Number(match[1]), month: match[2] ? Number(match[2]) : null, day: match[3] ? Number(match[3]) : null };
}

/** chrono's reference instant: noon UTC on the publication day (or mid-month, mid-year) */
export function referenceInstant(publication: Publication | null): Date {
  if (!publication) return new Date(Date.UTC(2000, 0, 1, 12));
  return new Date(Date.UTC(publication.year, (publication.month ?? 7) - 1, publication.day ?? 15, 12));
}

/** `wording` is the span text, widened to "last"/"next" words chrono left outside it */
export function resolveDate(result: ParsedResult, wording: string, publication: Publication | null): DateFields | null {
  const known = (component: "year" | "month" | "day" | "weekday" | "hour" | "minute") =>
    result.start.isCertain(component) ? (result.start.get(component) ?? null) : null;
  const weekday = known("weekday");
  const unplaced: DateFields = { iso: null, precision: "weekday", weekday, relative: false, resolvedAgainst: null };
  const tags = [...result.tags()];
  if (VAGUE.test(wording)) return null;

  if (tags.some((tag) => tag.startsWith("casualReference") || tag === "result/relativeDate")) {
    if (publication?.day == null) return { ...unplaced, relative: true };
    // chrono computed the day from the reference instant, which is the publication day
    const iso = isoDay(known("year")!, known("month")!, known("day")!);
    const precision = /\bmois\b|\bmonth\b/i.test(wording) ? "month" : /\ban\b|année|\byear\b/i.test(wording) ? "year" : "day";
    return { iso: iso.slice(0, precision === "day" ? 10 : precision === "month" ? 7 : 4), precision, weekday, relative: true, resolvedAgainst: publication.raw };
  }

  const [year, month, day] = [known("year"), known("month"), known("day")];
  if (month !== null && day !== null) {
    if (year !== null) {
      const hour = known("hour");
      const minute = known("minute");
      const iso = isoDay(year, month, day);
      if (hour !== null) return { ...unplaced, iso: `${iso}T${pad(hour)}:${pad(minute ?? 0)}`, precision: "minute" };
      return { ...unplaced, iso, precision: "day" };
    }
    if (!publication) return unplaced;
    const placed = closestYear(month, day, publication);
    return { ...unplaced, iso: isoDay(placed, month, day), precision: "day", resolvedAgainst: publication.raw };
  }
  if (month !== null) {
    if (year !== null) return { ...unplaced, iso: `${year}-${pad(month)}`, precision: "month" };
    if (!publication) return unplaced;
    const placed = monthYear(month, publication, relation(wording, tags));
    return { ...unplaced, iso: `${placed}-${pad(month)}`, precision: "month", relative: true, resolvedAgainst: publication.raw };
  }
  if (year !== null) return { ...unplaced, iso: String(year), precision: "year" };
  if (weekday === null) return null;
  if (publication?.day == null) return { ...unplaced, relative: true };
  return {
    iso: weekdayDate(weekday, publication, relation(wording, tags)),
    precision: "day",
    weekday,
    relative: true,
    resolvedAgainst: publication.raw,
  };
}

function relation(wording: string, tags: string[]): "last" | "next" | "plain" {
  if (tags.includes("parallax/month-next") || NEXT.test(wording)) return "next";
  if (tags.includes("parallax/month-last") || LAST.test(wording)) return "last";
  return "plain";
}

/** "jeudi" → the most recent Thursday on or before publication; "jeudi dernier" → strictly before */
function weekdayDate(weekday: number, publication: Publication, when: "last" | "next" | "plain"): string {
  const published = Date.UTC(publication.year, publication.month! - 1, publication.day!);
  const publishedWeekday = new Date(published).getUTCDay();
  let shift = (publishedWeekday - weekday + 7) % 7;
  if (when === "last" && shift === 0) shift = 7;
  if (when === "next") shift = -(((weekday - publishedWeekday + 7) % 7) || 7);
  return new Date(published - shift * DAY_MS).toISOString().slice(0, 10);
}

/** a month alone points back ("en juillet" in a June article is last July) unless "prochain" */
function monthYear(month: number, publication: Publication, when: "last" | "next" | "plain"): number {
  if (publication.month === null) return publication.year;
  if (when === "next") return month > publication.month ? publication.year : publication.year + 1;
  if (when === "last") return month < publication.month ? publication.year : publication.year - 1;
  return month <= publication.month ? publication.year : publication.year - 1;
}

/** the year that puts day-month closest to publication (a future date is as likely as a past one) */
function closestYear(month: number, day: number, publication: Publication): number {
  if (publication.month === null) return publication.year;
  const published = Date.UTC(publication.year, publication.month - 1, publication.day ?? 15);
  const candidates = [publication.year - 1, publication.year, publication.year + 1];
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - published);
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
