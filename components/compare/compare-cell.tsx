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
  // an omitted cell is most of a wide table: its "not mentioned" comes from compare.css, not markup
  if (cell.values.length === 0) return <td data-testid="compare-cell" data-cell-mark="omitted" className="cc" />;
  return (
    <td data-testid="compare-cell" data-cell-mark={cell.mark} className={`cc ${CELL_TONES[cell.mark]}`}>
      <span className="sr-only">{CELL_WORDS[cell.mark]}: </span>
      {isText ? (
        <Link href={spanHref(cell.articleId, cell.values[0]!.span)} data-testid="cell-link" className="cl-text">
          {diff ? <DiffText segments={diff.segments} against={outletOf(diff.againstArticleId)} /> : <span>{cell.text}</span>}
        </Link>
      ) : (
        <ul className="cl-list">
          {cell.values.map((value, index) => (
            <li key={index}>
              <Link href={spanHref(cell.articleId, value.span)} data-testid="cell-link" className="cl" title={`“${value.span.text}”`}>
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
