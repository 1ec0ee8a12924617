import Link from "next/link";
import type { CitedSourceEdge, CompareColumn } from "@/lib/claims/align/types";
import { spanHref } from "./compare-cell";

/** from this many outlets on, the matrix becomes a list */
const WIDE = 8;

/** Who quotes whom: one row per cited source, a mark under each outlet that cites it (a link to the words). */
export function CitedSourcesView({ columns, edges }: { columns: CompareColumn[]; edges: CitedSourceEdge[] }) {
  const sources = [...new Map(edges.map((edge) => [edge.sourceId, edge])).values()].sort(
    (a, b) => edges.filter((edge) => edge.sourceId === b.sourceId).length - edges.filter((edge) => edge.sourceId === a.sourceId).length || a.source.localeCompare(b.source),
  );
  return (
    <section aria-labelledby="sources-title" data-testid="cited-sources">
      <h2 id="sources-title" className="mb-1 text-lg font-semibold">
        Who cites whom
      </h2>
      <p className="mb-3 text-sm text-zinc-600">Agencies, officials, ministries and experts each outlet attributes its claims to.</p>
      {sources.length === 0 ? (
        <p className="text-sm text-zinc-500">No outlet names a source.</p>
      ) : columns.length > WIDE ? (
        // a matrix of dozens of outlets would be mostly empty cells: a line per source instead
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 text-sm">
          {sources.map((source) => {
            const citing = edges.filter((edge) => edge.sourceId === source.sourceId);
            return (
              <li key={source.sourceId} className="px-3 py-1.5">
                <span className="font-medium text-zinc-900">{source.source}</span> <span className="text-zinc-500">· {source.kind} · {citing.length} outlet{citing.length === 1 ? "" : "s"}:</span>{" "}
                {citing.map((edge, index) => (
                  <span key={edge.articleId}>
                    {index > 0 && ", "}
                    <Link href={spanHref(edge.articleId, edge.span)}>{edge.outlet}</Link>
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200">
          <table className="min-w-full text-left text-sm">
            <thead className="bg-zinc-50 text-xs text-zinc-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Source</th>
                <th scope="col" className="px-3 py-2 font-medium">Kind</th>
                {columns.map((column) => (
                  <th key={column.key} scope="col" className="px-3 py-2 text-center font-medium whitespace-nowrap">
                    {column.outlet}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 font-medium">Outlets</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {sources.map((source) => {
                const citing = edges.filter((edge) => edge.sourceId === source.sourceId);
                return (
                  <tr key={source.sourceId}>
                    <th scope="row" className="px-3 py-1.5 font-medium text-zinc-900">{source.source}</th>
                    <td className="px-3 py-1.5 text-zinc-500">{source.kind}</td>
                    {columns.map((column) => {
                      const edge = citing.find((entry) => entry.articleId === column.articleId);
                      return (
                        <td key={column.key} className="px-3 py-1.5 text-center">
                          {edge ? (
                            <Link href={spanHref(edge.articleId, edge.span)} title={`“${edge.span.text}”`} aria-label={`${column.outlet} cites ${source.source}`}>
                              ●
                            </Link>
                          ) : (
                            <span className="text-zinc-300" aria-label="does not cite">·</span>
                          )}
                        </td>
                      );
                    })}
                    <td className="px-3 py-1.5 tabular-nums text-zinc-700">{citing.length}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
