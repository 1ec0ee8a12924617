// Quoted passages: « » (French, often with NBSP inside), “ ” and straight " ". Written by hand:
// no library reads French guillemets. Rules that keep one bad mark from breaking the rest:
// guillemets and curly quotes nest (a quote inside a quote stays inside its parent); a French
// quote running over paragraphs reopens each paragraph with « and closes once at the end; an
// opener never closed is dropped on its own; straight quotes pair only within one paragraph.

export interface QuotedSpan {
  /** the marks included */
  start: number;
  end: number;
  /** the words inside, trimmed of spaces and NBSP */
  innerStart: number;
  innerEnd: number;
}

const PAIRS: Array<[string, string]> = [
  ["«", "»"],
  ["“", "”"],
];
/** a quote longer than this has lost its closing mark */
const MAX_QUOTE_CHARS = 4000;

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const [open, close] of PAIRS) {
    for (const span of pairedSpans(text, open, close)) {
      if (!spans.some((outer) => span.start >= outer.start && span.end <= outer.end)) spans.push(span);
    }
  }
  for (const span of straightSpans(text)) {
    if (!spans.some((outer) => span.start < outer.end && outer.start < span.end)) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function pairedSpans(text: string, open: string, close: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let from = text.indexOf(open);
  while (from !== -1) {
    const end = closingIndex(text, from, open, close);
    if (end === -1) {
      from = text.indexOf(open, from + 1);
      continue;
    }
    spans.push(trimmed(text, from, end + 1));
    from = text.indexOf(open, end + 1);
  }
  return spans;
}

/** the matching close mark, or -1; a paragraph break followed by the open mark continues the quote */
function closingIndex(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  const limit = Math.min(text.length, from + MAX_QUOTE_CHARS);
  for (let index = from; index < limit; index += 1) {
    const char = text[index];
    if (char === open) {
      if (depth > 0 && isParagraphStart(text, index)) continue;
      depth += 1;
    } else if (char === close) {
      depth -= 1;
      if (depth === 0) return index;
    } else if (char === "\n" && depth > 0 && !continuesQuote(text, index, open)) {
      return -1;
    }
  }
  return -1;
}

function isParagraphStart(text: string, index: number): boolean {
  return /\n[ \t\u00A0]*$/.test(text.slice(Math.max(0, index - 4), index));
}

/** at a line break inside a quote: the quote goes on only if the next paragraph reopens it */
function continuesQuote(text: string, newlineAt: number, open: string): boolean {
  const next = /^\s*(\S)/.exec(text.slice(newlineAt, newlineAt + 12));
  return next?.[1] === open;
}

function straightSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let offset = 0;
  for (const paragraph of text.split("\n")) {
    const marks = [...paragraph.matchAll(/"/g)].map((match) => offset + match.index);
    for (let index = 0; index + 1 < marks.length; index += 2) spans.push(trimmed(text, marks[index]!, marks[index + 1]! + 1));
    offset += paragraph.length + 1;
  }
  return spans;
}

function trimmed(text: string, start: number, end: number): QuotedSpan {
  let innerStart = start + 1;
  let innerEnd = end - 1;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart += 1;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1]!)) innerEnd -= 1;
  return { start, end, innerStart, innerEnd };
}
