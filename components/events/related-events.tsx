import Link from "next/link";
import { EventCard } from "./event-card";

/** Events close enough to be the same story thread (an earlier or later episode), or split from this one. */
export function RelatedEvents({ eventId, related }: { eventId: string; related: { id: string; title: string }[] }) {
  return (
    <EventCard title="Related events" id="related-title" testId="related-events">
      {related.length === 0 ? (
        <p className="text-zinc-500">None: no other event looks like a part of the same story.</p>
      ) : (
        <ul className="space-y-1.5">
          {related.map((event) => (
            <li key={event.id} className="leading-snug">
              <Link href={`/events/${event.id}`}>{event.title || "(untitled event)"}</Link>{" "}
              <Link href={`/events/${eventId}/compare?with=${event.id}`} className="text-xs whitespace-nowrap" data-testid="compare-related">
                compare side by side
              </Link>
            </li>
          ))}
        </ul>
      )}
    </EventCard>
  );
}
