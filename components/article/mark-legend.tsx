import type { AnalysisView } from "@/lib/db/present-analysis";

/**
 * Which kinds of mark the text shows. Plain checkboxes: article-marks.css reads their state
 * through `.mark-scope:has(…)`, so a toggle never re-renders the text.
 */
export function MarkLegend({ legend }: { legend: AnalysisView["legend"] }) {
  return (
    <fieldset className="mb-4 flex flex-wrap items-center gap-x-1 gap-y-2 border-b border-zinc-200 pb-3 text-[0.78rem]" data-testid="mark-legend">
      <legend className="sr-only">Marks shown in the text</legend>
      {legend.map((entry) => (
        <label
          key={entry.kind}
          className="inline-flex cursor-pointer items-center gap-1 rounded-full border border-zinc-200 py-0.5 pr-2 pl-1.5 select-none hover:border-zinc-300 has-[input:not(:checked)]:bg-zinc-50 has-[input:not(:checked)]:text-zinc-400"
        >
          <input type="checkbox" defaultChecked data-mark-toggle={entry.kind} className="size-3 accent-accent" />
          <span className="text-mark px-0.5" data-hl={entry.kind}>
            {entry.label}
          </span>
          <span className="text-xs text-zinc-500 tabular-nums">{entry.count}</span>
        </label>
      ))}
      <span className="ml-auto inline-flex items-center gap-1 text-xs text-zinc-600" title="Attributed by a pronoun or by position: a guess to check">
        <span className="text-mark px-0.5" data-hl="quote-inferred">
          dashed
        </span>
        = inferred
      </span>
    </fieldset>
  );
}
