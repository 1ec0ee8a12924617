import type { CellMark, RowMark } from "@/lib/claims/align/types";

const ROW_MARKS: Record<RowMark, { label: string; className: string }> = {
  conflict: { label: "conflict", className: "border-red-300 bg-red-50 text-red-800" },
  partial: { label: "partial", className: "border-amber-300 bg-amber-50 text-amber-800" },
  agree: { label: "agree", className: "border-emerald-300 bg-emerald-50 text-emerald-800" },
  single: { label: "one outlet", className: "border-zinc-300 bg-zinc-50 text-zinc-600" },
};

/** A row's mark, in words as well as colour (readable in print and by screen readers). */
export function RowMarkBadge({ mark }: { mark: RowMark }) {
  const { label, className } = ROW_MARKS[mark];
  return (
    <span data-testid="row-mark" data-mark={mark} className={`inline-flex items-center rounded border px-1.5 text-[0.7rem] leading-5 font-semibold tracking-wide uppercase ${className}`}>
      {label}
    </span>
  );
}

export const CELL_TONES: Record<CellMark, string> = {
  conflict: "border-l-red-500 bg-red-50/40",
  partial: "border-l-amber-400 bg-amber-50/30",
  agree: "border-l-emerald-500",
  only: "border-l-zinc-400",
  omitted: "",
};

/** said before each cell's value to screen readers: the colour bar alone would not say it */
export const CELL_WORDS: Record<CellMark, string> = {
  conflict: "conflicts",
  partial: "partly agrees",
  agree: "agrees",
  only: "only here",
  omitted: "not mentioned",
};
