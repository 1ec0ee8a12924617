"use client";

import type { ReactNode } from "react";
import { useHighlight } from "./highlight-provider";

interface SpanLinkProps {
  /** `span-<start>-<end>`: the id of the anchor in the text and of the highlight */
  spanId: string;
  children: ReactNode;
  className?: string;
  testId?: string;
  title?: string;
}

/**
 * A link to the words a claim was read from: hover previews them, a click pins them and the
 * browser scrolls to the anchor; the URL keeps the hash, so the view can be shared.
 */
export function SpanLink({ spanId, children, className = "", testId, title }: SpanLinkProps) {
  const { pinned, pin, setHovered } = useHighlight();
  return (
    <a
      href={`#${spanId}`}
      data-testid={testId}
      data-span={spanId}
      aria-current={pinned === spanId ? "location" : undefined}
      title={title}
      onMouseEnter={() => setHovered(spanId)}
      onMouseLeave={() => setHovered(null)}
      onFocus={() => setHovered(spanId)}
      onBlur={() => setHovered(null)}
      onClick={() => pin(spanId)}
      className={`rounded-sm text-zinc-900 no-underline hover:text-accent aria-[current=location]:bg-highlight ${className}`}
    >
      {children}
    </a>
  );
}
