import { Badge } from "@/components/ui/badge";
import type { EventOperationEntry } from "@/lib/events/event-queries";
import { EventCard } from "./event-card";

const whenFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** What reviewers (and regroups) did to this event, newest first; undone entries stay, struck through. */
export function EventHistory({ history }: { history: EventOperationEntry[] }) {
  return (
    <EventCard title="History" id="history-title" testId="event-history">
      {history.length === 0 ? (
        <p className="text-zinc-500">No reviewer change yet: the grouping is the automatic one.</p>
      ) : (
        <ol className="space-y-3 border-l border-zinc-200 pl-4">
          {history.map((entry) => (
            <li key={entry.id} data-testid="history-entry" data-undone={entry.undone || undefined} className="relative">
              <span aria-hidden className={`absolute top-1.5 -left-[1.3rem] size-2 rounded-full ${entry.undone ? "bg-zinc-300" : "bg-accent"}`} />
              <div className="flex flex-wrap items-center gap-1.5">
                <Badge tone={entry.kind === "undo" ? "warning" : "neutral"}>{entry.kind}</Badge>
                {entry.undone && <Badge tone="danger">undone</Badge>}
              </div>
              <p className={`mt-1 leading-snug ${entry.undone ? "text-zinc-400 line-through" : "text-zinc-800"}`}>{entry.summary}</p>
              <p className="mt-0.5 text-xs text-zinc-500">
                {entry.actor} · <time dateTime={entry.createdAt}>{whenFormat.format(new Date(entry.createdAt))} UTC</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </EventCard>
  );
}
