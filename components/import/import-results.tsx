import Link from "next/link";
import type { ImportItemResult, ImportSummary } from "@/lib/ingest/import-inputs";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ImportedEvents } from "./import-form";

const STATUS_TONES: Record<ImportItemResult["status"], BadgeTone> = { imported: "success", duplicate: "accent", rejected: "danger" };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One row per input (file, JSONL line, paste, URL) with what happened to it and why. */
export function ImportResults({ summary, events }: { summary: ImportSummary; events: ImportedEvents }) {
  return (
    <section aria-labelledby="results-title" className="rounded-lg border border-zinc-200">
      <div className="flex flex-wrap items-baseline justify-between gap-3 border-b border-zinc-200 bg-zinc-50 px-4 py-3">
        <h2 id="results-title" className="text-sm font-semibold">
          Import results
        </h2>
        <p className="text-sm text-zinc-700" data-testid="import-summary">
          <span className="font-medium text-emerald-800">{summary.imported} imported</span> ·{" "}
          <span className="font-medium text-accent-strong">{plural(summary.duplicates, "duplicate", "duplicates")}</span> ·{" "}
          <span className="font-medium text-red-800">{summary.rejected} rejected</span>
          {summary.imported > 0 && (
            <>
              {" "}
              · <Link href="/articles">open the library</Link>
            </>
          )}
        </p>
      </div>
      <table className="w-full border-collapse text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs tracking-wide text-zinc-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Input</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium">Result</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {summary.items.map((item, index) => (
            <tr key={index} data-testid="import-result" data-status={item.status} className="align-top">
              <td className="w-64 min-w-48 px-4 py-2.5 font-mono text-xs [overflow-wrap:anywhere] text-zinc-800">{item.label}</td>
              <td className="px-3 py-2.5">
                <Badge tone={STATUS_TONES[item.status]}>{item.status}</Badge>
              </td>
              <td className="px-4 py-2.5">
                <ItemResult item={item} event={item.articleId ? events[item.articleId] : undefined} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ItemResult({ item, event }: { item: ImportItemResult; event?: ImportedEvents[string] }) {
  if (item.status === "imported" && item.articleId) {
    return (
      <div>
        <Link href={`/articles/${item.articleId}`} className="font-medium" lang={item.language ?? undefined}>
          {item.headline || "(no headline)"}
        </Link>
        <p className="text-xs text-zinc-500">
          {item.outlet ?? "no outlet found"} · {item.language ?? "language unknown"}
          {event && (
            <>
              {" · "}
              <Link href={`/events/${event.eventId}`} data-testid="import-event-link">
                {event.joined ? "joined an existing event" : "started a new event"}
              </Link>
            </>
          )}
        </p>
      </div>
    );
  }
  if (item.status === "duplicate" && item.duplicateOfId) {
    return (
      <p>
        Same text as an article already in the library: <Link href={`/articles/${item.duplicateOfId}`}>open it</Link>.
      </p>
    );
  }
  return (
    <p className="text-red-800">
      {item.message ?? "This input could not be imported."}
      {item.errorCode && <span className="ml-1.5 font-mono text-xs text-zinc-500">{item.errorCode}</span>}
    </p>
  );
}
