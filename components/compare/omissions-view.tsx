import type { CompareColumn, OmissionEntry } from "@/lib/claims/align/types";

/** the most widely reported omissions listed per outlet (fewer in a wide comparison); the rest are counted */
const LISTED = 12;
const LISTED_WIDE = 6;

function reporters(outlets: string[]): string {
  const distinct = [...new Set(outlets)];
  return distinct.length <= 4 ? distinct.join(", ") : `${outlets.length} outlets (${distinct.slice(0, 3).join(", ")}…)`;
}

/**
 * Per outlet: what the others report that it leaves out, most widely reported first. In a wide
 * comparison (`minReporters` 2) a claim only one other outlet makes is counted, not listed: the
 * list would otherwise repeat every other outlet's own claims.
 */
export function OmissionsView({ columns, omissions, minReporters = 1 }: { columns: CompareColumn[]; omissions: Record<string, OmissionEntry[]>; minReporters?: number }) {
  return (
    <section aria-labelledby="omissions-title" data-testid="omissions">
      <h2 id="omissions-title" className="mb-1 text-lg font-semibold">
        What each outlet leaves out
      </h2>
      <p className="mb-3 text-sm text-zinc-600">Claims other outlets report and this one does not mention, most widely reported first.</p>
      <div className="grid gap-3 [grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))]">
        {columns.map((column) => {
          const all = omissions[column.articleId] ?? [];
          const entries = all.filter((entry) => entry.reportedBy.length >= minReporters).sort((a, b) => b.reportedBy.length - a.reportedBy.length);
          const unlisted = all.length - entries.length;
          const shown = entries.slice(0, minReporters > 1 ? LISTED_WIDE : LISTED);
          return (
            <div key={column.key} className="rounded-lg border border-zinc-200" data-testid="omission-outlet">
              <h3 className="border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-sm font-semibold">
                {column.outlet} <span className="font-normal text-zinc-500">· leaves out {all.length}</span>
              </h3>
              {unlisted > 0 && <p className="border-b border-zinc-100 px-3 py-1.5 text-xs text-zinc-500">{unlisted} claims one other outlet makes alone, not listed</p>}
              {entries.length === 0 ? (
                <p className="px-3 py-2 text-sm text-zinc-500">Nothing the others report.</p>
              ) : (
                <ul className="max-h-72 divide-y divide-zinc-100 overflow-auto text-sm">
                  {shown.map((entry) => (
                    <li key={entry.rowId} className="px-3 py-1.5">
                      <span className="text-zinc-900">{entry.label}</span>
                      <span className="block text-xs text-zinc-500">reported by {reporters(entry.reportedBy)}</span>
                    </li>
                  ))}
                  {entries.length > shown.length && <li className="px-3 py-1.5 text-xs text-zinc-500">and {entries.length - shown.length} more, less widely reported</li>}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
