import { Badge } from "@/components/ui/badge";
import { languageName } from "@/lib/db/present-article";
import type { EventSummary } from "@/lib/events/event-queries";
import { formatDaySpan } from "./format-day-span";

/** Dates, place, outlets and languages of an event, as the list row and the event page show them. */
export function EventFacts({ event }: { event: EventSummary }) {
  const span = formatDaySpan(event.firstDay, event.lastDay);
  return (
    <>
      <span className="tabular-nums">{span ?? <Badge tone="warning">undated</Badge>}</span>
      <Dot />
      <span>{event.place ? event.place.label : <span className="text-zinc-400">place unknown</span>}</span>
      <Dot />
      <span>{event.outlets.length > 0 ? event.outlets.join(", ") : <span className="text-zinc-400">no outlet</span>}</span>
      <Dot />
      <span>{event.languages.length > 0 ? event.languages.map(languageName).join(", ") : <span className="text-zinc-400">language unknown</span>}</span>
      <Dot />
      <span className="tabular-nums">{event.articleCount === 1 ? "1 article" : `${event.articleCount} articles`}</span>
    </>
  );
}

function Dot() {
  return <span aria-hidden className="text-zinc-300">·</span>;
}
