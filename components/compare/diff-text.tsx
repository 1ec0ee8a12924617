import type { DiffSegment } from "@/lib/claims/align/types";

/**
 * A word diff from `diff`'s segments, rendered once for both views: inline shows the other
 * version's words struck through beside this one's (underlined); side by side hides the struck
 * words, leaving this version's own text with its changed words marked. The compare view's toggle
 * switches by CSS alone. Text only: the words come from articles and are never HTML.
 */
export function DiffText({ segments, against }: { segments: DiffSegment[]; against: string }) {
  return (
    <span className="diff-text" data-testid="diff-text">
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
  );
}
