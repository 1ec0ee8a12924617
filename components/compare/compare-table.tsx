import Link from "next/link";
import type { CompareColumn, CompareRow, RowKind } from "@/lib/claims/align/types";
import type { VerdictRating } from "@/lib/review/verdict-scale";
import { claimHref } from "../review/claim-href";
import { RatingBadge } from "../review/rating-badge";
import { ColumnPicker } from "./column-picker";
import { CompareCellView } from "./compare-cell";
import { RowMarkBadge } from "./mark-badge";

const SECTIONS: { title: string; kinds: RowKind[] }[] = [
  { title: "Where and when", kinds: ["place", "date"] },
  { title: "Who", kinds: ["countries", "leadership", "host", "person"] },
  { title: "Figures", kinds: ["number"] },
  { title: "Quotes", kinds: ["quote"] },
  { title: "Cited sources", kinds: ["cited-source"] },
  { title: "Statements several outlets make", kinds: ["statement"] },
];

interface CompareTableProps {
  columns: CompareColumn[];
  rows: CompareRow[];
  /** article id -> event title, when related events are compared side by side */
  eventOfColumn?: Record<string, string>;
  /** the event the claim pages belong to; without it rows have no review link */
  eventId?: string;
  /** row id -> rating of the verdict on the whole row; count of verdicts on its cells */
  verdicts?: Record<string, { rating?: VerdictRating; cellVerdicts: number }>;
}

/**
 * One row per claim, one column per outlet. The claim column and the outlet header stay in place
 * while the table scrolls, so a 50-outlet comparison stays readable; every row says its mark in
 * words and why (the explanation under the claim).
 */
export function CompareTable({ columns, rows, eventOfColumn, eventId, verdicts }: CompareTableProps) {
  const outletOf = (articleId: string) => columns.find((column) => column.articleId === articleId)?.outlet ?? "another outlet";
  return (
    <div className="compare-scroll max-h-[80vh] overflow-auto rounded-lg border border-zinc-200" data-testid="compare-table">
      <table className="min-w-full border-separate border-spacing-0 text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="sticky top-0 left-0 z-30 w-64 min-w-64 border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">
              Claim
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" data-testid="compare-column" className="sticky top-0 z-20 min-w-60 border-b border-l border-zinc-200 bg-zinc-50 px-3 py-2 align-top font-normal">
                <div className="font-semibold text-zinc-900">{column.outlet}</div>
                <div className="text-xs text-zinc-500">
                  {[column.language?.toUpperCase(), column.published?.slice(0, 10) ?? "undated"].filter(Boolean).join(" · ")}
                </div>
                {eventOfColumn?.[column.articleId] && <div className="mt-0.5 line-clamp-1 text-xs text-accent-strong">{eventOfColumn[column.articleId]}</div>}
                <ColumnPicker column={column} />
              </th>
            ))}
          </tr>
        </thead>
        {SECTIONS.map((section) => {
          const sectionRows = rows.filter((row) => section.kinds.includes(row.kind));
          if (sectionRows.length === 0) return null;
          return (
            <tbody key={section.title} data-section={section.title}>
              <tr className="section-row">
                <th colSpan={columns.length + 1} scope="colgroup" className="border-b border-zinc-200 bg-white px-3 pt-4 pb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                  <span className="sticky left-3">{section.title}</span>
                </th>
              </tr>
              {sectionRows.map((row) => (
                <tr key={row.id} data-testid="compare-row" data-row-id={row.id} data-kind={row.kind} data-mark={row.mark} className="compare-row">
                  <th scope="row" className="sticky left-0 z-10 w-64 min-w-64 border-b border-zinc-100 bg-white px-3 py-2 align-top font-normal">
                    <div className="flex items-start justify-between gap-2">
                      <span className="font-medium text-zinc-900">{row.label}</span>
                      <RowMarkBadge mark={row.mark} />
                    </div>
                    {(row.mark === "conflict" || row.mark === "partial") && (
                      <p className="mt-1 text-xs leading-snug text-zinc-600" data-testid="row-explanation">
                        {row.explanation}
                      </p>
                    )}
                    {eventId ? (
                      <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs">
                        {verdicts?.[row.id]?.rating ? <RatingBadge rating={verdicts[row.id]!.rating!} /> : null}
                        <Link href={claimHref(eventId, row.id)} data-testid="review-link" aria-label={`Review: ${row.label}`}>
                          {verdicts?.[row.id]?.rating ? "verdict" : "review"}
                        </Link>
                        {verdicts?.[row.id]?.cellVerdicts ? <span className="text-zinc-500">· {verdicts[row.id]!.cellVerdicts} on outlets</span> : null}
                      </p>
                    ) : null}
                  </th>
                  {row.cells.map((cell) => (
                    <CompareCellView key={cell.articleId} cell={cell} row={row} outletOf={outletOf} />
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
