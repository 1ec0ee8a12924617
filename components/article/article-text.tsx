import { Fragment, type ReactNode } from "react";
import type { MarkedParagraph, MarkedSegment, QuoteNoteView } from "@/lib/db/present-analysis";
import type { CopyView } from "@/lib/db/present-article";
import "./article-marks.css";

interface ArticleTextProps {
  paragraphs: MarkedParagraph[];
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
function groupByCopies(segments: MarkedSegment[]): MarkedSegment[][] {
  const runs: MarkedSegment[][] = [];
  for (const segment of segments) {
    const last = runs.at(-1);
    const previous = last?.at(-1);
    const sameCopies = previous && previous.copyIds.join(" ") === segment.copyIds.join(" ") && previous.copyEnds.length === 0;
    if (last && sameCopies) last.push(segment);
    else runs.push([segment]);
  }
  return runs;
}

function renderRun(run: MarkedSegment[], copiesById: Map<string, CopyView>): ReactNode {
  const first = run[0];
  const lastSegment = run.at(-1);
  if (!first || !lastSegment) return null;
  const content = run.map((segment) => <Segment key={segment.start} segment={segment} />);
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

/** One piece of text: its marks as `data-hl` tokens (styled in article-marks.css), their tooltips as a title. */
function Segment({ segment }: { segment: MarkedSegment }) {
  const tokens = [...new Set(segment.marks.map((mark) => (mark.inferred ? `${mark.kind}-inferred` : mark.kind)))];
  const body =
    segment.rangeIds.length > 0 || tokens.length > 0 ? (
      <span
        data-r={segment.rangeIds.length > 0 ? segment.rangeIds.join(" ") : undefined}
        data-hl={tokens.length > 0 ? tokens.join(" ") : undefined}
        className={tokens.length > 0 ? "text-mark" : undefined}
        title={segment.marks.length > 0 ? segment.marks.map((mark) => mark.tooltip).join("\n") : undefined}
      >
        {segment.text}
      </span>
    ) : (
      segment.text
    );
  return (
    <>
      {segment.anchors.map((id) => (
        <span key={id} id={id} className="span-anchor" />
      ))}
      {body}
      {segment.quoteNotes.map((note, index) => (
        <QuoteNote key={index} note={note} />
      ))}
    </>
  );
}

function QuoteNote({ note }: { note: QuoteNoteView }) {
  const tone = note.unresolved ? "quote-note-unresolved" : note.inferred ? "quote-note-inferred" : "";
  return (
    <span data-testid="quote-speaker" data-inferred={note.inferred || undefined} className={`quote-note ${tone}`} title={note.unresolved ? "No one in the text is named for this quote." : `Speaker found ${note.resolution}${note.inferred ? ": a guess, check it" : ""}`}>
      <span aria-hidden>— </span>
      {note.speaker}
      {note.inferred && <span className="quote-note-badge">inferred</span>}
    </span>
  );
}
