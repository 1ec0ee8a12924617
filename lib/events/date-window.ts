// When an event may have happened, as a window of ISO days, and how far apart two windows are.
// Outlets publish the same event a day or two apart and some report it days later; a window from
// the event's own date to the publication day covers both without trusting either alone.

import type { DateWindow } from "./types.ts";

/** an event is reported after it happens, rarely more than a month later (anniversaries aside) */
const MAX_REPORTING_DELAY_DAYS = 31;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/**
 * The publication day, stretched back to the main event's day when the article reports it late.
 * A publication known to the month only ("2019-06", as the seeds' metadata gives it) spans the
 * month; a year alone says too little to be worth a window.
 */
export function dateWindow(published: string | null, eventDate: string | null): DateWindow | null {
  const month = published?.match(/^(\d{4})-(\d{2})$/);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10);
    const span = { from: `${published}-01`, to: last };
    return eventDate && eventDate >= span.from && eventDate <= span.to ? { from: eventDate, to: eventDate } : span;
  }
  const day = published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  if (day && eventDate) {
    const delay = daysBetween(eventDate, day);
    if (delay > 0 && delay <= MAX_REPORTING_DELAY_DAYS) return { from: eventDate, to: day };
    return { from: day, to: day };
  }
  const known = day ?? eventDate;
  return known ? { from: known, to: known } : null;
}

/** a window as day numbers (days since 1970-01-01): what the grouper keeps and compares, parsing no date twice */
export interface DayWindow {
  first: number;
  last: number;
}

export function dayWindow(window: DateWindow): DayWindow {
  return { first: Math.round(Date.parse(window.from) / 86_400_000), last: Math.round(Date.parse(window.to) / 86_400_000) };
}

/** a day number back to its ISO day: the inverse of dayWindow's numbering */
export function isoDayOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** a window of day numbers back to ISO days, as explanations and the stored state give them */
export function isoWindow(window: DayWindow): DateWindow {
  return { from: isoDayOf(window.first), to: isoDayOf(window.last) };
}

/** 0 when the windows overlap, else the days between the end of one and the start of the other */
export function windowGapDays(a: DayWindow, b: DayWindow): number {
  return Math.max(0, b.first - a.last, a.first - b.last);
}
