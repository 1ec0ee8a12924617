import { Fragment, type ReactNode } from "react";
import type { CopyView, ParagraphView, TextSegment } from "@/lib/db/present-article";

interface ArticleTextProps {
  paragraphs: ParagraphView[];
  copies: CopyView[];
  language: string | null;
}

/** The clean text, every piece rendered as React text; marks come from precomputed segments. */
export function ArticleText({ paragraphs, copies, language }: ArticleTextProps) {
  const copiesById = new Map(copies.map((copy) => [copy.id, copy]));
  return (
    <div className="article-prose text-zinc-900" lang={language ?? undefined} data-testid="article-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>{groupByCopies(paragraph.segments).map((run) => renderRun(run, copiesById))}</p>
      ))}
    </div>
  );
}

/** Consecutive segments inside the same copied passages share one <mark>, so a passage reads as one element. */
function groupByCopies(segments: TextSegment[]): TextSegment[][] {
  const runs: TextSegment[][] = [];
  for (const segment of segments) {
    const last = runs.at(-1);
    const previous = last?.at(-1);
    const sameCopies = previous && previous.copyIds.join(" ") === segment.copyIds.join(" ") && previous.copyEnds.length === 0;
    if (last && sameCopies) last.push(segment);
    else runs.push([segment]);
  }
  return runs;
}

function renderRun(run: TextSegment[], copiesById: Map<string, CopyView>): ReactNode {
  const first = run[0];
  const lastSegment = run.at(-1);
  if (!first || !lastSegment) return null;
  const content = run.map((segment) =>
    segment.rangeIds.length > 0 ? (
      <span key={segment.start} data-r={segment.rangeIds.join(" ")}>
        {segment.text}
      </span>
    ) : (
      <Fragment key={segment.start}>{segment.text}</Fragment>
    ),
  );
  if (first.copyIds.length === 0) return <Fragment key={first.start}>{content}</Fragment>;

  const [anchor, ...otherAnchors] = [...new Set(first.copyStarts.flatMap((id) => copiesById.get(id)?.anchor ?? []))];
  const notes = lastSegment.copyEnds.flatMap((id) => {
    const copy = copiesById.get(id);
    return copy ? [<CopyNote key={id} copy={copy} />] : [];
  });
  return (
    <Fragment key={first.start}>
      {otherAnchors.map((id) => (
        <span key={id} id={id} />
      ))}
      <mark className="copied-passage" id={anchor} data-testid={anchor ? "copied-passage" : undefined} data-copy={first.copyIds.join(" ")}>
        {content}
      </mark>
      {notes}
    </Fragment>
  );
}

const noteClass =
  "ml-1 inline-flex max-w-[22rem] items-baseline gap-1 rounded border border-amber-300 bg-white px-1.5 align-[0.1em] font-sans text-[0.72rem] leading-5 no-underline";

function CopyNote({ copy }: { copy: CopyView }) {
  const percent = `${Math.round(copy.similarity * 100)}% similar`;
  if (copy.kind === "internal" || !copy.other) {
    const target = copy.removedPosition !== null ? `#removed-${copy.removedPosition}` : `#${copy.anchor}`;
    return (
      <a href={target} className={`${noteClass} text-amber-900 hover:text-amber-950`} title={`Repeated later in the input (${percent}); the repeat was removed.`}>
        repeated <span aria-hidden>↓</span>
      </a>
    );
  }
  const verb = copy.relation === "copied-from" ? "copied from" : "also in";
  const title = `${verb}: ${copy.other.outletName ? `${copy.other.outletName} — ` : ""}${copy.other.headline} (${percent})`;
  // A plain link, not next/link: a full navigation makes the browser apply :target to the mark.
  return (
    <a href={`/articles/${copy.other.id}${copy.otherAnchor ? `#${copy.otherAnchor}` : ""}`} className={`${noteClass} text-amber-900 hover:text-amber-950`} title={title}>
      <span className="whitespace-nowrap">{verb} →</span>
      <span className="truncate">
        {copy.other.outletName && <span className="font-semibold">{copy.other.outletName}: </span>}
        {copy.other.headline}
      </span>
    </a>
  );
}
