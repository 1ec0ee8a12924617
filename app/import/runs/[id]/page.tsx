import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/app/current-user";
import { ImportResults } from "@/components/import/import-results";
import { RetryRunButton } from "@/components/import/retry-run-button";
import { RunPoller } from "@/components/import/run-poller";
import { RunProgress } from "@/components/import/run-status";
import { getDb } from "@/lib/db/client";
import { isFinished, readImportRun, readImportSummary, readRunEvents } from "@/lib/jobs/import-runs";
import { can } from "@/lib/review/roles";
import { retryImportRunAction } from "../../actions";

export const metadata: Metadata = { title: "Import run" };

/** How many items of each kind the page lists (the counts above cover all). */
const LIST = { rejected: 1000, duplicate: 200, imported: 25 };

export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/import/runs/${id}`);
  const db = await getDb();
  const run = await readImportRun(db, id);
  if (!run) notFound();
  const finished = isFinished(run.status);
  const [rejected, duplicates, imported] = await Promise.all(
    (["rejected", "duplicate", "imported"] as const).map((status) => readImportSummary(db, id, { statuses: [status], take: LIST[status] })),
  );
  const items = [...rejected!.items, ...duplicates!.items, ...imported!.items];
  const events = finished ? Object.fromEntries(await readRunEvents(db, id)) : {};
  const eventCount = new Set(Object.values(events).map((entry) => entry.eventId)).size;
  const cut = (["rejected", "duplicate", "imported"] as const).filter((status) => ({ rejected: run.rejected, duplicate: run.duplicates, imported: run.imported })[status] > LIST[status]);

  return (
    <div className="space-y-6">
      <RunPoller active={!finished && !run.interrupted} />
      <div>
        <p className="text-sm">
          <Link href="/import">← Import</Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">Import: {run.label || run.id}</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Stored in the background, a chunk of a few hundred items at a time: you can leave this page, and the import goes on even if the app
          restarts. Each item is listed below once it is settled.
        </p>
      </div>
      <RunProgress run={run} />
      {run.interrupted && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          This import stopped while its inputs were being read (the server was stopped during the upload). The items read so far are stored; import
          the files again to add the rest: articles already stored count as duplicates.
        </p>
      )}
      {run.status === "failed" && (
        <div className="space-y-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900" role="alert">
          <p>{run.error ?? "This import failed."} The items already settled are kept; nothing of the failed part was stored.</p>
          {can(actor.role, "article:import") && <RetryRunButton runId={run.id} action={retryImportRunAction} />}
        </div>
      )}
      {run.status === "done" && run.grouping && (
        <p className="text-sm text-zinc-700" data-testid="run-grouping">
          {run.grouping.grouped} articles put into events: {run.grouping.joined} joined an existing event, {run.grouping.created} new events
          {eventCount > 0 ? (
            <>
              {" "}
              · <Link href="/events">open the events</Link>
            </>
          ) : null}
        </p>
      )}
      {items.length > 0 && <ImportResults summary={{ runId: run.id, imported: run.imported, duplicates: run.duplicates, rejected: run.rejected, items }} events={events} />}
      {cut.length > 0 && (
        <p className="text-xs text-zinc-500">
          Listed: the first {cut.map((status) => `${LIST[status]} ${status === "duplicate" ? "duplicates" : status}`).join(", ")}. The counts above
          cover every item; <code className="font-mono">parallax runs {run.id} --items --json</code> lists them all.
        </p>
      )}
    </div>
  );
}
