import Link from "next/link";
import type { CompareCell, CompareRow } from "@/lib/claims/align/types";
import { CELL_TONES, CELL_WORDS } from "./mark-badge";
import { DiffText } from "./diff-text";

/** the article page opens at the span, highlighted (`?span=` anchors any span, `#span-` pins it) */
export function spanHref(articleId: string, span: { start: number; end: number }): string {
  return `/articles/${articleId}?span=${span.start}-${span.end}#span-${span.start}-${span.end}`;
}

export function CompareCellView({ cell, row, outletOf }: { cell: CompareCell; row: CompareRow; outletOf: (articleId: string) => string }) {
  const diff = row.diffs?.find((entry) => entry.articleId === cell.articleId);
  const isText = row.kind === "quote" || row.kind === "statement";
  return (
    <td data-testid="compare-cell" data-cell-mark={cell.mark} className={`border-b border-l-4 border-b-zinc-100 px-3 py-2 align-top ${CELL_TONES[cell.mark]}`}>
      <span className="sr-only">{CELL_WORDS[cell.mark]}: </span>
      {cell.values.length === 0 ? (
        <span className="text-xs text-zinc-400 italic">not mentioned</span>
      ) : isText ? (
        <Link href={spanHref(cell.articleId, cell.values[0]!.span)} data-testid="cell-link" className="block text-[0.84rem] leading-snug text-zinc-800 no-underline hover:text-zinc-950">
          {diff ? <DiffText segments={diff.segments} against={outletOf(diff.againstArticleId)} /> : <span>{cell.text}</span>}
        </Link>
      ) : (
        <ul className="space-y-0.5">
          {cell.values.map((value, index) => (
            <li key={index} className="text-[0.86rem] leading-snug">
              <Link href={spanHref(cell.articleId, value.span)} data-testid="cell-link" className="text-zinc-900 no-underline decoration-zinc-300 hover:underline" title={`“${value.span.text}” — open the article at these words`}>
                {value.label}
              </Link>
              {value.inferred && <span className="ml-1 text-[0.7rem] text-amber-700" title="rests on a pronoun, a position or a guess">inferred</span>}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
