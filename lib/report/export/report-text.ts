// The words every report format shares: marks spelled out (a printed report has no colours to
// rely on), dates in one style, lists of names. Kept apart so HTML, Markdown, CSV and PDF agree.

import type { CellMark, RowMark } from "../../claims/align/types.ts";

export const ROW_MARK_WORDS: Record<RowMark, string> = { agree: "Agree", conflict: "Conflict", partial: "Partly agree", single: "One outlet only" };
export const CELL_MARK_WORDS: Record<CellMark, string> = { agree: "agrees", conflict: "conflicts", partial: "partly agrees", only: "only this outlet", omitted: "not mentioned" };

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DAY_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** "1 December 2026" from an ISO instant */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}

/** "1 December 2026, 14:05 UTC" from an ISO instant */
export function formatInstant(iso: string): string {
  return DAY_TIME.format(new Date(iso));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * An article's publication as stored: ISO cut at its precision ("2019-06", "2017-10-18",
 * "2017-10-18T22:55") in the outlet's own clock, so it is spelled out, never converted.
 */
export function formatPublished(published: string | null): string {
  if (!published) return "undated";
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(published);
  if (!match) return published;
  const [, year, month, day, time] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : null, monthName ?? null, year].filter(Boolean).join(" ") + (time ? `, ${time}` : "");
}

/** "Alice", "Alice and Bob", "Alice, Bob and Carol"; past `most` names, "… and 8 others" (a byline, not a roll call) */
export function listNames(names: string[], most = 4): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > most + 1) return `${names.slice(0, most).join(", ")} and ${names.length - most} others`;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/** a file name part: "l-iran-l-irak-et-la-syrie" */
export function slugify(text: string, length = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // cut at a word's end, not inside one
  const cut = slug.length > length ? slug.slice(0, slug.lastIndexOf("-", length) > 0 ? slug.lastIndexOf("-", length) : length) : slug;
  return cut.replace(/-+$/, "") || "report";
}
