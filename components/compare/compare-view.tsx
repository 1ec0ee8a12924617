"use client";

import { useState, type ReactNode } from "react";
import type { RowMark } from "@/lib/claims/align/types";

type Filter = "all" | "differences" | "conflicts";
type DiffMode = "inline" | "side";

/**
 * The comparison's controls: which rows to show and how diffs read. They set data attributes
 * that compare.css acts on, so a 50-column table never re-renders for a toggle.
 */
export function CompareView({ counts, children }: { counts: Record<RowMark, number>; children: ReactNode }) {
  const [filter, setFilter] = useState<Filter>("all");
  const [collapseAgree, setCollapseAgree] = useState(false);
  const [diffMode, setDiffMode] = useState<DiffMode>("inline");
  const filters: { value: Filter; label: string }[] = [
    { value: "all", label: "All claims" },
    { value: "differences", label: `Differences (${counts.conflict + counts.partial})` },
    { value: "conflicts", label: `Conflicts only (${counts.conflict})` },
  ];
  return (
    <div data-filter={filter} data-collapse-agree={collapseAgree || undefined} data-diff={diffMode} className="compare-view" data-testid="compare-view">
      <div className="mb-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm" role="toolbar" aria-label="Comparison view">
        <fieldset className="flex items-center gap-1">
          <legend className="sr-only">Rows shown</legend>
          {filters.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={filter === option.value}
              onClick={() => setFilter(option.value)}
              data-testid={`filter-${option.value}`}
              className="rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-zinc-700 hover:bg-zinc-50 aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent-strong"
            >
              {option.label}
            </button>
          ))}
        </fieldset>
        <label className="flex items-center gap-1.5 text-zinc-700">
          <input type="checkbox" checked={collapseAgree} onChange={(event) => setCollapseAgree(event.target.checked)} data-testid="collapse-agree" />
          Collapse agreeing rows ({counts.agree})
        </label>
        <fieldset className="flex items-center gap-1">
          <legend className="mr-1.5 inline text-zinc-500">Diffs</legend>
          {(["inline", "side"] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={diffMode === mode}
              onClick={() => setDiffMode(mode)}
              data-testid={`diff-mode-${mode}`}
              className="rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-zinc-700 hover:bg-zinc-50 aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent-strong"
            >
              {mode === "inline" ? "Inline" : "Side by side"}
            </button>
          ))}
        </fieldset>
      </div>
      {children}
    </div>
  );
}
