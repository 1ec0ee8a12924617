import { formatPublished } from "@/lib/db/present-article";

/** "18 Oct 2017", "13 Jun 2019 – 15 Jun 2019", "June 2019": the days an event's articles span, as precise as their dates. */
export function formatDaySpan(firstDay: string | null, lastDay: string | null): string | null {
  if (!firstDay || !lastDay) {
    const only = firstDay ?? lastDay;
    return only ? formatPublished(only, null) : null;
  }
  if (firstDay === lastDay) return formatPublished(firstDay, null);
  return `${formatPublished(firstDay, null)} – ${formatPublished(lastDay, null)}`;
}
