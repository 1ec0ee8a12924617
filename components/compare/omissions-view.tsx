import type { CompareColumn, OmissionEntry } from "@/lib/claims/align/types";

/** Per outlet: what the others report that it leaves out (claims reported by at least two others first). */
export function OmissionsView({ columns, omissions }: { columns: CompareColumn[]; omissions: Record<string, OmissionEntry[]> }) {
  return (
    <section aria-labelledby="omissions-title" data-testid="omissions">
      <h2 id="omissions-title" className="mb-1 text-lg font-semibold">
        What each outlet leaves out
      </h2>
      <p className="mb-3 text-sm text-zinc-600">Claims other outlets report and this one does not mention, most widely reported first.</p>
      <div className="grid gap-3 [grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))]">
        {columns.map((column) => {
          const entries = [...(omissions[column.articleId] ?? [])].sort((a, b) => b.reportedBy.length - a.reportedBy.length);
          return (
            <div key={column.key} className="rounded-lg border border-zinc-200" data-testid="omission-outlet">
              <h3 className="border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-sm font-semibold">
                {column.outlet} <span className="font-normal text-zinc-500">· leaves out {entries.length}</span>
              </h3>
              {entries.length === 0 ? (
                <p className="px-3 py-2 text-sm text-zinc-500">Nothing the others report.</p>
              ) : (
                <ul className="max-h-72 divide-y divide-zinc-100 overflow-auto text-sm">
                  {entries.map((entry) => (
                    <li key={entry.rowId} className="px-3 py-1.5">
                      <span className="text-zinc-900">{entry.label}</span>
                      <span className="block text-xs text-zinc-500">reported by {entry.reportedBy.join(", ")}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
