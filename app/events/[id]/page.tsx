import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { EventFacts } from "@/components/events/event-facts";
import { EventHistory } from "@/components/events/event-history";
import { requireActor } from "@/app/current-user";
import { EventMembers } from "@/components/events/event-members";
import { can } from "@/lib/review/roles";
import { EventReviewTools } from "@/components/events/event-review-tools";
import { RelatedEvents } from "@/components/events/related-events";
import { ExportReportMenu } from "@/components/report/export-report-menu";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/lib/db/client";
import { getEventDetail, listEventChoices } from "@/lib/events/event-queries";
import { mergeEventsAction, moveArticleAction, pinArticleAction, renameEventAction, splitEventAction, undoOperationAction } from "./actions";

const ZEventParams = z.object({ id: z.string().min(1).max(64) });

const ACTIONS = { rename: renameEventAction, merge: mergeEventsAction, split: splitEventAction, move: moveArticleAction, pin: pinArticleAction, undo: undoOperationAction };

// generateMetadata and the page both need the event: one query per request.
const loadEvent = cache(async (id: string) => {
  const db = await getDb();
  const [event, choices] = await Promise.all([getEventDetail(db, id), listEventChoices(db, id)]);
  if (!event) notFound();
  return { event, choices };
});

async function eventFromParams(params: Promise<{ id: string }>) {
  const parsed = ZEventParams.safeParse(await params);
  if (!parsed.success) notFound();
  return loadEvent(parsed.data.id);
}

export async function generateMetadata({ params }: PageProps<"/events/[id]">): Promise<Metadata> {
  const { event } = await eventFromParams(params);
  return { title: event.title || "Event" };
}

export default async function EventPage({ params }: PageProps<"/events/[id]">) {
  const { event, choices } = await eventFromParams(params);
  const actor = await requireActor(`/events/${event.id}`);
  // the server refuses a viewer's edits anyway (lib/review/mutations.ts); the forms are not shown
  const canEdit = can(actor.role, "event:edit");
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/events">← Events</Link>
      </nav>
      <header className="mb-6 max-w-5xl">
        {/* an automatic title can be a whole first sentence: set smaller so it does not shout */}
        <h1
          className={`font-serif leading-tight tracking-tight text-zinc-950 ${event.title.length > 110 ? "text-[1.4rem] font-medium" : "text-[1.75rem] font-semibold"}`}
          lang={event.languages.length === 1 ? event.languages[0] : undefined}
          data-testid="event-title"
        >
          {event.title || "(untitled event)"}
        </h1>
        {event.renamed && (
          <p className="mt-1.5 flex items-center gap-2 text-sm text-zinc-600">
            <Badge tone="accent">renamed by a reviewer</Badge>
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-x-2.5 gap-y-1.5 text-sm text-zinc-600" data-testid="event-facts">
          <EventFacts event={event} />
        </div>
        <div className="mt-4">
          <Link
            href={`/events/${event.id}/compare`}
            data-testid="compare-link"
            className="inline-flex items-center gap-1.5 rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-accent-strong hover:text-white"
          >
            Compare what each outlet claims →
          </Link>
          <span className="ml-3 text-sm text-zinc-500">one row per claim, one column per outlet, conflicts marked</span>
          <span className="ml-3">
            <ExportReportMenu href={`/api/events/${event.id}/report`} />
          </span>
        </div>
      </header>

      <div className="grid gap-10 min-[1000px]:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)] xl:gap-14">
        <EventMembers eventId={event.id} byOutlet={event.byOutlet} choices={choices} actions={canEdit ? ACTIONS : null} />
        <aside className="space-y-5">
          {canEdit ? <EventReviewTools event={event} undoable={event.undoable} choices={choices} actions={ACTIONS} /> : null}
          <RelatedEvents eventId={event.id} related={event.related} />
          <EventHistory history={event.history} />
        </aside>
      </div>
    </>
  );
}
