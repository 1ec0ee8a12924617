// The sentences every format of an event report opens and closes with: the dek (what was found,
// in one sentence), the byline (who reviewed and when) and the method note.

import { WIDE_TABLE, type EventReport } from "./event-report-model.ts";
import { formatDay, formatInstant, listNames, plural } from "./report-text.ts";

export function eventDek(report: EventReport): string {
  const { counts, columns, rows } = report;
  const outlets = plural(columns.length, "outlet");
  const found = counts.conflict > 0 ? `they conflict on ${counts.conflict.toLocaleString("en")}` : "none is in conflict";
  const reviewed = report.verdicts.length > 0 ? `the desk has given ${plural(report.verdicts.length, "verdict")}.` : "none has been reviewed yet.";
  return `${outlets} reported this event. Of the ${plural(rows.length, "claim")} compared, ${found} and partly agree on ${counts.partial.toLocaleString("en")}; ${reviewed}`;
}

/** who reviewed and when, in words: the byline of every format */
export function eventByline(report: EventReport): { reviewers: string | null; when: string; generated: string } {
  const { names, first, last } = report.reviewers;
  const generated = `report generated ${formatInstant(report.generatedAt)}`;
  if (names.length === 0 || !last) return { reviewers: null, when: "Not yet reviewed", generated };
  const when = first && formatDay(first) !== formatDay(last) ? `between ${formatDay(first)} and ${formatInstant(last)}` : `on ${formatInstant(last)}`;
  return { reviewers: listNames(names), when, generated };
}

export function methodNotes(report: EventReport): string[] {
  return [
    `Each outlet is represented by one article, its earliest about the event. Claims (place, date, participants, who led, figures, quotes, sources, shared sentences) are extracted automatically and compared as canonical values, so French and English articles compare.`,
    `A claim is marked “agree” when every outlet that reports it gives the same value, “conflict” when values contradict, “partly agree” when one contains the other or a hedged figure falls within its hedge, and “one outlet only” otherwise. “Not mentioned” means the outlet's article does not report it.`,
    `Verdicts are the desk's, on a five-point scale from true (5) to false (1), plus “unverifiable”, which is not a point on that scale. Each is signed by its reviewer, versioned, and links to its evidence.`,
    report.leftOutClaims > 0
      ? `${plural(report.leftOutClaims, "claim")} of the comparison ${report.leftOutClaims === 1 ? "is" : "are"} left out of the table: sentences carried by a single outlet${report.columns.length >= WIDE_TABLE ? ", and, with this many outlets, claims of one outlet only and less widely shared sentences" : ""}. The compare page lists them all.`
      : "",
  ].filter(Boolean);
}
