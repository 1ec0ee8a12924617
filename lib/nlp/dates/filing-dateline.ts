// The wire dateline ("BAGHDAD, March 7 (Reuters) -", "DAMAS, 18 octobre (Xinhua) --") dates the
// filing of the dispatch, not the event it reports: "on Thursday" in the lead says when the
// meeting was, and the dateline's day is what that Thursday is counted back from.

import { findDateline } from "../../ingest/metadata/find-dateline.ts";
import { dateParsersFor } from "./date-parsers.ts";
import type { Publication } from "./resolve-date.ts";

export interface FilingDateline {
  /** the dateline's span in the text: a date inside it is the filing date */
  start: number;
  end: number;
  month: number | null;
  day: number | null;
}

/** wire copy puts its dateline on the first paragraph of the story; after a short headline or credit at most */
const DATELINE_REACH = 1_000;

export function findFilingDateline(text: string, language: string | null): FilingDateline | null {
  for (const paragraph of text.slice(0, DATELINE_REACH).matchAll(/[^\n]+/g)) {
    const dateline = findDateline(paragraph[0], paragraph.index);
    if (!dateline) continue;
    const parsed = dateParsersFor(language)
      .flatMap((parser) => parser.parse(dateline.value, new Date(Date.UTC(2000, 0, 1, 12))))
      .find((result) => result.start.isCertain("month") && result.start.isCertain("day"));
    return { start: dateline.start, end: dateline.end, month: parsed?.start.get("month") ?? null, day: parsed?.start.get("day") ?? null };
  }
  return null;
}

/**
 * A publication date known only to the month or the year ("2019-06") takes the dateline's day
 * when the two fit, so that weekdays in the story can be placed on the calendar.
 */
export function withFilingDay(publication: Publication | null, dateline: FilingDateline | null): Publication | null {
  if (!publication || publication.day !== null || !dateline?.month || !dateline.day) return publication;
  if (publication.month !== null && publication.month !== dateline.month) return publication;
  const raw = `${publication.year}-${String(dateline.month).padStart(2, "0")}-${String(dateline.day).padStart(2, "0")}`;
  return { raw, year: publication.year, month: dateline.month, day: dateline.day };
}
