import type { DiffSegment } from "@/lib/claims/align/types";

/**
 * A word diff from `diff`'s segments. Inline: the other version's words struck through and this
 * one's underlined. Side by side: this version's own text, its changed words marked. Both are in
 * the page; the compare view's toggle shows one (CSS only, nothing re-renders). Text only: the
 * words come from articles and are never HTML.
 */
export function DiffText({ segments, against }: { segments: DiffSegment[]; against: string }) {
  return (
    <>
      <span className="diff-inline" data-testid="diff-inline">
        {segments.map((segment, index) =>
          segment.added ? (
            <ins key={index} className="diff-added">
              {segment.value}
            </ins>
          ) : segment.removed ? (
            <del key={index} className="diff-removed" title={`${against} has these words`}>
              {segment.value}
            </del>
          ) : (
            <span key={index}>{segment.value}</span>
          ),
        )}
      </span>
      <span className="diff-side" data-testid="diff-side">
        {segments
          .filter((segment) => !segment.removed)
          .map((segment, index) =>
            segment.added ? (
              <mark key={index} className="diff-added">
                {segment.value}
              </mark>
            ) : (
              <span key={index}>{segment.value}</span>
            ),
          )}
      </span>
    </>
  );
}
