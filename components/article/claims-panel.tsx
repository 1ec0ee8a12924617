import type { AnalysisView, EventView, SlotView } from "@/lib/db/present-analysis";
import { Badge } from "@/components/ui/badge";
import { SpanLink } from "./span-link";

/** Each event the text reports, with the slots a comparison lines up; every slot links to its words. */
export function ClaimsPanel({ events, unattributedQuotes }: Pick<AnalysisView, "events" | "unattributedQuotes">) {
  return (
    <section aria-labelledby="claims-title" className="rounded-lg border border-zinc-200" data-testid="claims-panel">
      <h2 id="claims-title" className="border-b border-zinc-200 bg-zinc-50 px-4 py-2.5 text-sm font-semibold">
        Claims{" "}
        <span className="font-normal text-zinc-500">
          ({events.length} {events.length === 1 ? "event" : "events"})
        </span>
      </h2>
      {events.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-600">No meeting, visit, call or other event was recognised in this text.</p>
      ) : (
        <ol className="divide-y divide-zinc-200">
          {events.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </ol>
      )}
      {unattributedQuotes.length > 0 && (
        <div className="border-t border-zinc-200 px-4 py-3 text-sm">
          <h3 className="text-[0.68rem] font-medium tracking-wide text-zinc-500 uppercase">Quotes with no resolved speaker</h3>
          <ul className="mt-1 space-y-1">
            {unattributedQuotes.map((quote) => (
              <li key={quote.spanId} data-testid="unattributed-quote">
                <SpanLink spanId={quote.spanId} className="font-serif text-[0.82rem] leading-snug text-zinc-700">
                  “{quote.excerpt}”
                </SpanLink>{" "}
                <Badge tone="warning">speaker unresolved</Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function EventItem({ event }: { event: EventView }) {
  return (
    <li className="px-4 py-3" data-testid="claim-event" data-kind={event.kind}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <SpanLink spanId={event.trigger.spanId} className="text-sm font-semibold capitalize" title={`Announced by “${event.trigger.text}”: show in the text`}>
          {event.fromArticle ? "The article's account" : event.kind}
        </SpanLink>
        {event.fromArticle ? <Badge tone="accent">no event announced</Badge> : event.main ? <Badge tone="accent">main event</Badge> : <Badge>background</Badge>}
      </div>
      <p className="mt-0.5 text-xs text-zinc-600" data-testid="event-summary">
        {event.summary}
      </p>
      <dl className="mt-2.5 space-y-2.5">
        {event.groups.map((group) => (
          <div key={group.type} data-slot-group={group.type}>
            <dt className="text-[0.68rem] font-medium tracking-wide text-zinc-500 uppercase">{group.label}</dt>
            <dd className="mt-0.5">
              {group.type === "participant-country" ? (
                <ul className="flex flex-wrap gap-1.5">
                  {group.slots.map((slot) => (
                    <li key={slot.spanId + slot.label} data-testid="claim-slot" data-slot-type={slot.type} data-inferred={slot.inferred || undefined}>
                      <SpanLink spanId={slot.spanId} title={slot.title} className={`inline-flex items-baseline gap-1 rounded border px-1.5 text-[0.8rem] ${slot.inferred ? "border-dashed border-orange-700" : "border-zinc-200"}`}>
                        {slot.label}
                        <Confidence value={slot.confidence} />
                      </SpanLink>
                    </li>
                  ))}
                </ul>
              ) : (
                <ul className="space-y-1">
                  {group.slots.map((slot) => (
                    <SlotItem key={slot.spanId + slot.label} slot={slot} />
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

function SlotItem({ slot }: { slot: SlotView }) {
  const guessed = slot.inferred ? "border-b border-dashed border-orange-700" : "";
  return (
    <li className="text-sm leading-snug" data-testid="claim-slot" data-slot-type={slot.type} data-inferred={slot.inferred || undefined}>
      <div className="flex items-baseline justify-between gap-3">
        <SpanLink spanId={slot.spanId} title={slot.title} className="min-w-0">
          <span className={guessed} data-testid={slot.quote ? "quote-slot-speaker" : undefined}>
            {slot.quote ? slot.quote.speaker : slot.label}
          </span>
        </SpanLink>
        <span className="flex shrink-0 items-baseline gap-1.5">
          {slot.quote && !slot.quote.unresolved && <span className="text-xs text-zinc-500">{slot.quote.resolution}</span>}
          {slot.inferred && (
            <Badge tone="warning" title="Rests on a pronoun, a position or a guess: check it in the text">
              inferred
            </Badge>
          )}
          <Confidence value={slot.confidence} />
        </span>
      </div>
      {slot.quote && (
        <SpanLink spanId={slot.spanId} title={slot.title} className="mt-0.5 block font-serif text-[0.8rem] leading-snug text-zinc-600">
          “{slot.quote.excerpt}”
        </SpanLink>
      )}
    </li>
  );
}

function Confidence({ value }: { value: number }) {
  return (
    <span className={`text-xs tabular-nums ${value < 60 ? "text-amber-700" : "text-zinc-500"}`} title={`${value}% sure`}>
      {value}%
    </span>
  );
}
