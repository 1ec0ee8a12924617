import Link from "next/link";
import type { CompareColumn, CompareRow } from "@/lib/claims/align/types";
import { spanHref } from "./compare-cell";

/** claims listed per outlet; the rest are counted */
const LISTED = 8;

/**
 * Claims only one outlet makes, listed under that outlet. In a wide comparison they would be rows
 * of one filled cell and dozens of "not mentioned": here they take a line each.
 */
export function SinglesView({ columns, rows }: { columns: CompareColumn[]; rows: CompareRow[] }) {
  const byColumn = columns.map((column, index) => ({ column, rows: rows.filter((row) => row.cells[index]!.mark === "only") })).filter((entry) => entry.rows.length > 0);
  if (byColumn.length === 0) return null;
  return (
    <section aria-labelledby="singles-title" data-testid="singles">
      <h2 id="singles-title" className="mb-1 text-lg font-semibold">
        Claims one outlet makes alone
      </h2>
      <p className="mb-3 text-sm text-zinc-600">{rows.length} claims no other outlet in this event reports, by outlet.</p>
      <div className="grid gap-3 [grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))]">
        {byColumn.map(({ column, rows: own }) => {
          const index = columns.indexOf(column);
          return (
            <div key={column.key} className="rounded-lg border border-zinc-200">
              <h3 className="border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-sm font-semibold">
                {column.outlet} <span className="font-normal text-zinc-500">· {own.length}</span>
              </h3>
              <ul className="max-h-72 divide-y divide-zinc-100 overflow-auto text-sm">
                {own.slice(0, LISTED).map((row) => {
                  const value = row.cells[index]!.values[0]!;
                  return (
                    <li key={row.id} className="px-3 py-1.5">
                      <span className="block text-xs text-zinc-500">{row.label}</span>
                      <Link href={spanHref(row.cells[index]!.articleId, value.span)} className="text-zinc-900 no-underline hover:underline">
                        {(row.cells[index]!.text ?? value.label).slice(0, 160)}
                      </Link>
                    </li>
                  );
                })}
                {own.length > LISTED && <li className="px-3 py-1.5 text-xs text-zinc-500">and {own.length - LISTED} more (all in `parallax compare --json`)</li>}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
