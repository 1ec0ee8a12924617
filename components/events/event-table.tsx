import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { languageName } from "@/lib/db/present-article";
import type { EventSummary } from "@/lib/events/event-queries";
import { formatDaySpan } from "./format-day-span";

const MISSING = <span className="text-zinc-400">—</span>;

export function EventTable({ events }: { events: EventSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Events, latest first</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-600 uppercase">
          <tr>
            <th scope="col" className="w-[42%] min-w-[18rem] px-4 py-2.5 font-medium">Event</th>
            <th scope="col" className="px-3 py-2.5 font-medium whitespace-nowrap">Dates</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Place</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Outlets</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Languages</th>
            <th scope="col" className="px-4 py-2.5 text-right font-medium">Articles</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {events.map((event) => (
            <tr key={event.id} data-testid="event-row" data-event-id={event.id} className="align-top hover:bg-zinc-50/70">
              <td className="max-w-[40rem] px-4 py-3">
                <Link
                  href={`/events/${event.id}`}
                  lang={event.languages.length === 1 ? event.languages[0] : undefined}
                  title={event.title}
                  className="line-clamp-2 leading-snug font-medium text-zinc-900 hover:text-accent hover:underline"
                  data-testid="event-link"
                >
                  {event.title || "(untitled event)"}
                </Link>
                {event.renamed && (
                  <span className="mt-1 inline-block">
                    <Badge tone="accent" title="A reviewer gave this event its title.">renamed</Badge>
                  </span>
                )}
                {event.related.length > 0 && (
                  <p className="mt-1.5 text-xs leading-relaxed text-zinc-600" data-testid="event-related">
                    <span className="font-medium text-zinc-500">Related: </span>
                    {event.related.map((related, index) => (
                      <span key={related.id}>
                        {index > 0 && <span aria-hidden> · </span>}
                        <Link href={`/events/${related.id}`} title={related.title}>
                          {shorten(related.title)}
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
              </td>
              <td className="px-3 py-3 whitespace-nowrap tabular-nums text-zinc-700">{formatDaySpan(event.firstDay, event.lastDay) ?? <Badge tone="warning">undated</Badge>}</td>
              <td className="px-3 py-3 text-zinc-700">{event.place?.label ?? MISSING}</td>
              <td className="px-3 py-3 text-zinc-700" data-testid="event-outlets">
                {event.outlets.length > 0 ? (
                  <ul className="space-y-0.5">
                    {event.outlets.map((outlet) => (
                      <li key={outlet} className="whitespace-nowrap">{outlet}</li>
                    ))}
                  </ul>
                ) : (
                  <Badge tone="warning">no outlet</Badge>
                )}
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-zinc-700">{event.languages.length > 0 ? event.languages.map(languageName).join(", ") : MISSING}</td>
              <td className="px-4 py-3 text-right tabular-nums text-zinc-800" data-testid="event-count">{event.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** related titles are often whole first sentences: enough words to recognise one */
function shorten(title: string): string {
  return title.length > 80 ? `${title.slice(0, 77).trimEnd()}…` : title;
}
