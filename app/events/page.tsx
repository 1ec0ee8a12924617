import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EventFilters } from "@/components/events/event-filters";
import { EventTable } from "@/components/events/event-table";
import { EventsEmpty } from "@/components/events/events-empty";
import { Pagination } from "@/components/library/pagination";
import { getDb } from "@/lib/db/client";
import { listEvents } from "@/lib/events/event-queries";

export const metadata: Metadata = { title: "Events" };

const PAGE_SIZE = 25;

// A repeated or malformed parameter falls back to "no filter" instead of an error page.
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const ZEventsParams = z.object({
  q: z.preprocess(firstValue, z.string().trim().max(200).optional()).transform((value) => value || undefined).catch(undefined),
  min: z.preprocess(firstValue, z.coerce.number().int().min(2).max(1000).optional()).catch(undefined),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export default async function EventsPage({ searchParams }: PageProps<"/events">) {
  const params = ZEventsParams.parse(await searchParams);
  const db = await getDb();
  const [list, everything] = await Promise.all([
    listEvents(db, { query: params.q, minArticles: params.min, page: params.page, pageSize: PAGE_SIZE }),
    db.event.count(),
  ]);
  const filtered = Boolean(params.q || params.min);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          {everything === 1 ? "1 event" : `${everything.toLocaleString("en")} events`}, latest first. Each groups the articles that report one
          happening; open one to see why its articles are together and to merge, split, move or rename.
        </p>
      </div>

      {everything === 0 ? (
        <EventsEmpty />
      ) : (
        <>
          <EventFilters query={params.q ?? ""} minArticles={params.min ? String(params.min) : ""} filtered={filtered} />
          {list.events.length === 0 ? (
            <div className="rounded-md border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-600">
              <p className="font-medium text-zinc-800">No event matches {params.q ? <>“{params.q}”</> : "this filter"}.</p>
              <p className="mt-1">
                Search looks in event titles and places (as written there, e.g. “Baghdad”, not “Bagdad”).{" "}
                <Link href="/events">Show every event</Link>.
              </p>
            </div>
          ) : (
            <>
              <EventTable events={list.events} />
              <Pagination
                page={params.page}
                pageSize={PAGE_SIZE}
                total={list.total}
                params={{ q: params.q, min: params.min ? String(params.min) : undefined }}
                basePath="/events"
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
