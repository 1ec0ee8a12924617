import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import "@/components/compare/compare.css";
import { CitedSourcesView } from "@/components/compare/cited-sources-view";
import { CompareTable } from "@/components/compare/compare-table";
import { CompareView } from "@/components/compare/compare-view";
import { CopiesView } from "@/components/compare/copies-view";
import { RowMarkBadge } from "@/components/compare/mark-badge";
import { OmissionsView } from "@/components/compare/omissions-view";
import { SinglesView } from "@/components/compare/singles-view";
import { ExportReportMenu } from "@/components/report/export-report-menu";
import { compareEvent } from "@/lib/claims/align/compare-event";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listEventVerdicts } from "@/lib/review/verdict-queries";
import type { VerdictRating } from "@/lib/review/verdict-scale";

const ZCompareParams = z.object({ id: z.string().min(1).max(64) });
/** from this many columns on, claims of one outlet leave the table for a list under it */
const WIDE = 8;
/** shared statements a wide table shows, the most widely shared first */
const WIDE_STATEMENTS = 12;
const asList = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const ZCompareSearch = z.object({
  with: z.preprocess(asList, z.array(z.string().min(1).max(64)).max(5)).catch([]),
  // "<outlet key>~<article id>": the article an outlet's column shows
  pick: z.preprocess(asList, z.array(z.string().regex(/^[\w:/.-]{1,200}~[\w-]{1,64}$/)).max(60)).catch([]),
});

const loadComparison = cache(async (id: string, withIds: string[], picks: string[]) => {
  try {
    return await compareEvent(await getDb(), {
      eventId: id,
      withEventIds: withIds,
      picks: Object.fromEntries(picks.map((pick) => [pick.slice(0, pick.lastIndexOf("~")), pick.slice(pick.lastIndexOf("~") + 1)])),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

async function comparisonFrom(props: PageProps<"/events/[id]/compare">) {
  const params = ZCompareParams.safeParse(await props.params);
  if (!params.success) notFound();
  const search = ZCompareSearch.parse(await props.searchParams);
  return { id: params.data.id, search, comparison: await loadComparison(params.data.id, search.with, search.pick) };
}

export async function generateMetadata(props: PageProps<"/events/[id]/compare">): Promise<Metadata> {
  const { comparison } = await comparisonFrom(props);
  return { title: `Compare · ${comparison.events[0]?.title ?? "event"}` };
}

export default async function ComparePage(props: PageProps<"/events/[id]/compare">) {
  const { id, comparison } = await comparisonFrom(props);
  const { columns, rows, counts } = comparison;
  const outletOf = (articleId: string) => columns.find((column) => column.articleId === articleId)?.outlet ?? "another outlet";
  const several = comparison.events.length > 1;
  const wide = columns.length > WIDE;
  // a wide event shares many sentences: the table keeps the most widely shared, the rest are counted
  const shared = (row: (typeof rows)[number]) => row.cells.filter((cell) => cell.values.length > 0).length;
  const statements = rows.filter((row) => row.kind === "statement" && row.mark !== "single").sort((a, b) => shared(b) - shared(a));
  const keptStatements = new Set((wide ? statements.slice(0, WIDE_STATEMENTS) : statements).map((row) => row.id));
  const tableRows = wide ? rows.filter((row) => row.mark !== "single" && (row.kind !== "statement" || keptStatements.has(row.id))) : rows;
  const hiddenStatements = statements.length - keptStatements.size;
  const verdicts: Record<string, { rating?: VerdictRating; cellVerdicts: number }> = {};
  for (const verdict of await listEventVerdicts(await getDb(), id)) {
    const entry = (verdicts[verdict.rowId] ??= { cellVerdicts: 0 });
    if (verdict.articleId) entry.cellVerdicts += 1;
    else entry.rating = verdict.rating;
  }
  const eventOfColumn = several ? Object.fromEntries(columns.map((column) => [column.articleId, comparison.events.find((event) => event.id === comparison.eventOfArticle[column.articleId])?.title ?? ""])) : undefined;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/events">Events</Link> <span aria-hidden>›</span> <Link href={`/events/${id}`}>this event</Link> <span aria-hidden>›</span> compare
      </nav>
      <header className="mb-5 max-w-5xl">
        <h1 className="font-serif text-[1.6rem] leading-tight font-semibold tracking-tight text-zinc-950" data-testid="compare-title">
          {comparison.events.map((event) => event.title).join("  ·  ")}
        </h1>
        <p className="mt-2 text-sm text-zinc-600">
          {several ? `${comparison.events.length} related events side by side` : "One event"} · {columns.length} outlet{columns.length === 1 ? "" : "s"} · {rows.length} claims:{" "}
          <span className="inline-flex flex-wrap items-center gap-1.5 align-middle" data-testid="compare-counts">
            <RowMarkBadge mark="conflict" /> {counts.conflict} <RowMarkBadge mark="partial" /> {counts.partial} <RowMarkBadge mark="agree" /> {counts.agree} <RowMarkBadge mark="single" /> {counts.single}
          </span>
        </p>
        <p className="mt-1 text-xs text-zinc-500">
          Values are compared as canonical ids, dates and figures, so French and English columns compare. Click any value to open its article at those words.
        </p>
        <div className="mt-2">
          <ExportReportMenu href={`/api/events/${id}/report`} />
        </div>
      </header>
      {columns.length < 2 ? (
        <p className="rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3 text-sm text-zinc-700">
          This event has articles from one outlet only: there is nothing to compare yet. Merge a related event into it, or compare it with a related event from <Link href={`/events/${id}`}>the event page</Link>.
        </p>
      ) : (
        <div className="space-y-10">
          <CompareView counts={counts}>
            <CompareTable columns={columns} rows={tableRows} eventOfColumn={eventOfColumn} eventId={id} verdicts={verdicts} />
            {hiddenStatements > 0 && (
              <p className="mt-2 text-xs text-zinc-500">
                {hiddenStatements} more statements shared by fewer outlets are not shown; <code>parallax compare {id} --json</code> lists them all.
              </p>
            )}
          </CompareView>
          {wide && <SinglesView columns={columns} rows={rows.filter((row) => row.mark === "single")} />}
          <OmissionsView columns={columns} omissions={comparison.omissions} minReporters={wide ? 2 : 1} />
          <CitedSourcesView columns={columns} edges={comparison.citedSources} />
          <CopiesView copies={comparison.copies} outletOf={outletOf} />
        </div>
      )}
    </>
  );
}
