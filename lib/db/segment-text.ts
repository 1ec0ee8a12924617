// Cuts an article's clean text into paragraphs and, inside them, into segments at every edge of
// a highlightable range, so a page can mark overlapping spans (evidence, cited sources, copied
// passages) with plain elements and never has to build HTML from article text.

export interface TextRange {
  id: string;
  /** character offsets in the clean text, end exclusive */
  start: number;
  end: number;
}

export interface TextSegment {
  text: string;
  start: number;
  /** evidence and cited-source ranges covering this segment */
  rangeIds: string[];
  /** copied passages covering this segment */
  copyIds: string[];
  /** copied passages whose first segment this is (their anchor goes here) */
  copyStarts: string[];
  /** copied passages whose last segment this is (their link goes after it) */
  copyEnds: string[];
}

export interface ParagraphView {
  start: number;
  segments: TextSegment[];
}

/** Paragraphs are the kept blocks, joined by a blank line at ingest. */
function paragraphBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  let from = 0;
  for (const gap of text.matchAll(/\n[ \t]*\n\s*/g)) {
    if (gap.index > from) bounds.push([from, gap.index]);
    from = gap.index + gap[0].length;
  }
  if (from < text.length) bounds.push([from, text.length]);
  return bounds;
}

export function segmentText(text: string, ranges: TextRange[], copies: TextRange[]): ParagraphView[] {
  const all = [...ranges, ...copies];
  const started = new Set<string>();
  const lastSegment = new Map<string, TextSegment>();

  const paragraphs = paragraphBounds(text).map(([start, end]): ParagraphView => {
    const cuts = new Set([start, end]);
    for (const range of all) {
      if (range.start > start && range.start < end) cuts.add(range.start);
      if (range.end > start && range.end < end) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: TextSegment[] = [];
    for (let index = 0; index + 1 < points.length; index += 1) {
      const from = points[index] ?? start;
      const to = points[index + 1] ?? end;
      const covering = (range: TextRange) => range.start < to && range.end > from;
      const segment: TextSegment = {
        text: text.slice(from, to),
        start: from,
        rangeIds: [...new Set(ranges.filter(covering).map((range) => range.id))],
        copyIds: [...new Set(copies.filter(covering).map((copy) => copy.id))],
        copyStarts: [],
        copyEnds: [],
      };
      for (const id of segment.copyIds) {
        if (!started.has(id)) segment.copyStarts.push(id);
        started.add(id);
        lastSegment.set(id, segment);
      }
      segments.push(segment);
    }
    return { start, segments };
  });

  for (const [id, segment] of lastSegment) segment.copyEnds.push(id);
  return paragraphs;
}
