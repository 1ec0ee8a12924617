import type { SnippetSegment } from "@/lib/db/search";

/** A search excerpt: matched words are <mark>ed, every piece rendered as text. */
export function Snippet({ segments, language }: { segments: SnippetSegment[]; language: string | null }) {
  return (
    <p className="search-snippet mt-1 text-[0.8125rem] leading-relaxed text-zinc-600" lang={language ?? undefined}>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </p>
  );
}
