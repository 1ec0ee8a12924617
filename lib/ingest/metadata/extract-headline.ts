// The headline: the user's (or the HTML page's) title when given, else a title line standing
// before the body, else the body's first sentence, flagged as inferred.
//
// A title line stays in the article text as its first block: it is the outlet's own wording, often
// its sharpest claim, and comparing how outlets title the same event is part of the job. Its
// evidence therefore points into the text (offset 0, or after a notice kept above it).

import { keptBlockOffsets } from "../clean/kept-block-offsets.ts";
import { MIN_HEADLINE_WORDS } from "../clean/clean-blocks.ts";
import { describeLine } from "../clean/line-shape.ts";
import { splitSentences } from "../clean/split-sentences.ts";
import type { Block, MetadataField, RawInput } from "../types.ts";
import type { Dateline } from "./find-dateline.ts";

export interface ExtractHeadlineOptions {
  blocks: Block[];
  text: string;
  input: RawInput;
  /** the dateline at the head of the body, left out of a derived headline */
  dateline: Dateline | null;
}

const MAX_DERIVED_CHARS = 300;

export function extractHeadline({ blocks, text, input, dateline }: ExtractHeadlineOptions): MetadataField<string> {
  if (input.titleHint?.trim()) {
    return { value: input.titleHint.trim(), evidence: [{ quote: input.titleHint, where: "user" }], confidence: 1, inferred: false, method: "user" };
  }
  const kept = blocks.filter((block) => block.kept);
  // the header line the cleaner chose (see clean/choose-headline.ts), else the first kept line
  const marked = blocks.findIndex((block) => block.kept && block.headline);
  const position = marked >= 0 ? marked : blocks.findIndex((block) => block.kept);
  const title = blocks[position];
  const start = keptBlockOffsets(blocks).get(position) ?? 0;
  if (title && kept.length > 1 && isTitleLine(title.text) && dateline?.start !== start) {
    return {
      value: title.text,
      evidence: [{ quote: title.text, where: "text", start, end: start + title.text.length }],
      confidence: 0.85,
      inferred: false,
      method: "title-line",
    };
  }
  return firstSentence(text, dateline);
}

/** the same test the cleaner uses to keep one title line in the page header */
export function isTitleLine(text: string): boolean {
  const shape = describeLine(text);
  return shape.titleLike && shape.words >= MIN_HEADLINE_WORDS;
}

function firstSentence(text: string, dateline: Dateline | null): MetadataField<string> {
  const from = dateline && dateline.start === 0 ? skipDash(text, dateline.end) : 0;
  const paragraphEnd = text.indexOf("\n\n", from);
  const paragraph = text.slice(from, paragraphEnd < 0 ? undefined : paragraphEnd);
  const sentence = splitSentences(paragraph)[0];
  if (!sentence) return { value: null, evidence: [], confidence: 0, inferred: true, method: "first-sentence" };
  const value = sentence.text.length > MAX_DERIVED_CHARS ? `${sentence.text.slice(0, MAX_DERIVED_CHARS).replace(/\s+\S*$/, "")}…` : sentence.text;
  return {
    value,
    evidence: [{ quote: sentence.text, where: "text", start: from + sentence.start, end: from + sentence.end }],
    confidence: 0.4,
    inferred: true,
    method: "first-sentence",
  };
}

function skipDash(text: string, from: number): number {
  return from + (/^\s*(?:--?|—|–)\s*/u.exec(text.slice(from, from + 8))?.[0].length ?? 0);
}
