import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { requireActor } from "@/app/current-user";
import { spanHref } from "@/components/compare/compare-cell";
import { CELL_WORDS, RowMarkBadge } from "@/components/compare/mark-badge";
import { claimHref } from "@/components/review/claim-href";
import { EvidenceList } from "@/components/review/evidence-list";
import { RatingBadge } from "@/components/review/rating-badge";
import { VerdictEditor } from "@/components/review/verdict-editor";
import { VerdictHistory } from "@/components/review/verdict-history";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { compareEvent } from "@/lib/claims/align/compare-event";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/review/roles";
import { findVerdict, listEventVerdicts, verdictHistory } from "@/lib/review/verdict-queries";

const ZParams = z.object({ id: z.string().min(1).max(64), rowId: z.string().min(1).max(300) });
const ZSearch = z.object({ article: z.string().max(64).catch("") });

const loadComparison = cache(async (eventId: string) => {
  try {
    return await compareEvent(await getDb(), { eventId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

// Next.js 16 hands a page its segment partly decoded ("number%3Atruck" still escaped, but "%25"
// already "%"), unlike a route handler, which gets it decoded. decodeURIComponent of the whole
// threw on that "%" (a 500): each run of escapes is decoded instead, and a lone "%" stays one.
function decodeSegment(value: string): string {
  return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

async function claimFrom(props: PageProps<"/events/[id]/claims/[rowId]">) {
  const params = ZParams.safeParse(await props.params);
  if (!params.success) notFound();
  const eventId = params.data.id;
  const rowId = decodeSegment(params.data.rowId);
  const { article } = ZSearch.parse(await props.searchParams);
  return { eventId, rowId, articleId: article ?? "" };
}

export async function generateMetadata(props: PageProps<"/events/[id]/claims/[rowId]">): Promise<Metadata> {
  const { eventId, rowId } = await claimFrom(props);
  const row = (await loadComparison(eventId)).rows.find((candidate) => candidate.id === rowId);
  return { title: row ? `Review · ${row.label}` : "Review" };
}

export default async function ClaimPage(props: PageProps<"/events/[id]/claims/[rowId]">) {
  const { eventId, rowId, articleId } = await claimFrom(props);
  const actor = await requireActor(claimHref(eventId, rowId, articleId || undefined));
  const db = await getDb();
  const comparison = await loadComparison(eventId);
  const row = comparison.rows.find((candidate) => candidate.id === rowId);
  const verdict = await findVerdict(db, { eventId, rowId, articleId });
  // the row is gone (the event changed since the verdict), but a verdict is never hidden
  if (!row && !verdict) notFound();
  const outletOf = (id: string) => comparison.columns.find((column) => column.articleId === id)?.outlet ?? "another outlet";
  const cell = articleId ? row?.cells.find((candidate) => candidate.articleId === articleId) : undefined;
  if (articleId && row && (!cell || cell.mark === "omitted")) notFound();
  const revisions = verdict ? await verdictHistory(db, verdict.id) : [];
  const rowVerdicts = (await listEventVerdicts(db, eventId)).filter((other) => other.rowId === rowId);
  const canWrite = can(actor.role, "verdict:write");
  const title = row ? (cell ? `${row.label} — ${outletOf(cell.articleId)}` : row.label) : verdict!.claimLabel;
  const eventTitle = comparison.events[0]?.title ?? "this event";

  return (
    <div className="max-w-6xl">
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/events">Events</Link> <span aria-hidden>›</span> <Link href={`/events/${eventId}`}>{eventTitle.length > 60 ? `${eventTitle.slice(0, 60)}…` : eventTitle}</Link> <span aria-hidden>›</span>{" "}
        <Link href={`/events/${eventId}/compare`}>compare</Link> <span aria-hidden>›</span> claim
      </nav>
      <header className="mb-6">
        <p className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{cell ? "One outlet's version of a claim" : "Claim"}</p>
        <h1 className="mt-1 font-serif text-[1.6rem] leading-tight font-semibold tracking-tight text-zinc-950" data-testid="claim-title">
          {title}
        </h1>
        {row ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-zinc-600">
            <RowMarkBadge mark={row.mark} /> {row.explanation}
          </p>
        ) : (
          <p className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            The event has changed since this verdict was saved, and this claim is no longer in its comparison. The claim as reviewed is kept below.
          </p>
        )}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <section aria-labelledby="what-outlets-say">
          <h2 id="what-outlets-say" className="mb-2 text-sm font-semibold tracking-wide text-zinc-500 uppercase">
            What each outlet says
          </h2>
          {row ? (
            <ul className="space-y-2" data-testid="claim-cells">
              {row.cells
                .filter((other) => other.mark !== "omitted")
                .map((other) => {
                  const selected = other.articleId === articleId;
                  const cellVerdict = rowVerdicts.find((candidate) => candidate.articleId === other.articleId);
                  return (
                    <li key={other.articleId} className={`rounded-md border px-3 py-2 text-sm ${selected ? "border-accent bg-accent-soft" : "border-zinc-200 bg-white"}`}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-medium">{outletOf(other.articleId)}</span>
                        <span className="flex items-center gap-2 text-xs text-zinc-600">
                          {CELL_WORDS[other.mark]}
                          {cellVerdict ? <RatingBadge rating={cellVerdict.rating} /> : null}
                        </span>
                      </div>
                      <p className="mt-1 whitespace-pre-wrap text-zinc-800">
                        {other.values[0] ? (
                          <Link href={spanHref(other.articleId, other.values[0].span)}>{other.text ?? other.values.map((value) => value.label).join("; ")}</Link>
                        ) : (
                          other.text
                        )}
                      </p>
                      <p className="mt-1 text-xs">
                        {selected ? (
                          <Link href={claimHref(eventId, rowId)}>Review the whole claim instead</Link>
                        ) : (
                          <Link href={claimHref(eventId, rowId, other.articleId)} data-testid="review-cell-link">
                            Review {outletOf(other.articleId)}&rsquo;s version
                          </Link>
                        )}
                      </p>
                    </li>
                  );
                })}
            </ul>
          ) : (
            <pre className="rounded-md border border-zinc-200 bg-zinc-50 p-3 text-sm whitespace-pre-wrap">{verdict!.claimText}</pre>
          )}
        </section>

        <section aria-labelledby="verdict-heading" className="space-y-6">
          <div>
            <h2 id="verdict-heading" className="mb-2 text-sm font-semibold tracking-wide text-zinc-500 uppercase">
              Verdict
            </h2>
            {verdict ? (
              <div className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="current-verdict">
                <p className="flex flex-wrap items-center gap-2">
                  <RatingBadge rating={verdict.rating} />
                  <span className="font-medium whitespace-pre-wrap">{verdict.summary}</span>
                </p>
                <p className="mt-1 text-xs text-zinc-500">
                  Version {verdict.version} · {verdict.updatedBy.name} · {verdict.updatedAt.replace("T", " ").slice(0, 16)} UTC
                </p>
                <div className="mt-3">
                  <EvidenceList items={verdict.evidence} />
                </div>
                {verdict.notes ? (
                  <div className="mt-3 border-t border-zinc-100 pt-3" data-testid="verdict-notes">
                    <SafeMarkdown>{verdict.notes}</SafeMarkdown>
                  </div>
                ) : null}
              </div>
            ) : (
              <p className="text-sm text-zinc-600">No verdict yet.</p>
            )}
          </div>
          {canWrite ? (
            <div className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-4">
              <h3 className="mb-3 text-base font-semibold">{verdict ? "Edit the verdict" : "Record a verdict"}</h3>
              <VerdictEditor key={verdict ? `${verdict.id}-${verdict.version}` : "new"} target={{ eventId, rowId, articleId }} current={verdict} />
            </div>
          ) : (
            <p className="text-sm text-zinc-500">Your role ({actor.role}) can read verdicts but not record them.</p>
          )}
          {verdict ? (
            <div>
              <h2 className="mb-2 text-sm font-semibold tracking-wide text-zinc-500 uppercase">History</h2>
              <VerdictHistory verdictId={verdict.id} revisions={revisions} currentVersion={verdict.version} canRestore={canWrite} />
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
