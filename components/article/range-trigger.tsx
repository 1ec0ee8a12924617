"use client";

import type { ReactNode } from "react";
import { useHighlight } from "./highlight-provider";

interface RangeTriggerProps {
  rangeId: string;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** what the button does, for screen readers */
  label?: string;
}

/** Hover or focus shows a span of the article text; a click pins it and scrolls to it. */
export function RangeTrigger({ rangeId, children, className = "", testId, label }: RangeTriggerProps) {
  const { pinned, setHovered, togglePinned } = useHighlight();
  const isPinned = pinned === rangeId;
  return (
    <button
      type="button"
      data-testid={testId}
      data-range={rangeId}
      aria-pressed={isPinned}
      aria-label={label}
      onMouseEnter={() => setHovered(rangeId)}
      onMouseLeave={() => setHovered(null)}
      onFocus={() => setHovered(rangeId)}
      onBlur={() => setHovered(null)}
      onClick={() => {
        togglePinned(rangeId);
        if (!isPinned) document.querySelector(`[data-r~="${rangeId}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
      }}
      className={`cursor-pointer rounded-sm text-left underline decoration-dotted decoration-zinc-400 underline-offset-2 hover:decoration-accent aria-pressed:bg-highlight ${className}`}
    >
      {children}
    </button>
  );
}
