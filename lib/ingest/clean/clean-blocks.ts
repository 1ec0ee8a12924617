// Blocks -> kept body and removed boilerplate, each removal with a reason a reviewer can check.
// Three passes: (1) what a line is on its own (menu, share button, date line, caption, footer,
// digits); (2) where it sits: the header before the first paragraph of prose holds the headline,
// page-name fragments and links to other articles, the tail after the last paragraph may hold
// lists of links; (3) paragraphs repeated later in the text. Dropping a real sentence is worse
// than keeping a menu line, so prose between the first and last paragraphs is never touched by
// pass 2, and pass 1 only takes lines whose whole shape says chrome.

import type { Block, InputFormat, RemovalReason } from "../types.ts";
import { chooseHeadline } from "./choose-headline.ts";
import { findPhotoCredit } from "./find-photo-credit.ts";
import { guessBlockLanguage } from "./guess-block-language.ts";
import { describeLine, type LineShape } from "./line-shape.ts";
import { matchChromeLine } from "./match-chrome-line.ts";
import { matchMetadataLine, splitLeadingMetadata } from "./match-metadata-line.ts";
import { matchSourceFooter } from "./match-source-footer.ts";
import { markRepeatedParagraphs } from "./repeated-paragraphs.ts";
import { normaliseSpaces } from "./segment-blocks.ts";
import { splitSentences } from "./split-sentences.ts";

export { segmentBlocks } from "./segment-blocks.ts";

export interface CleanBlocksOptions {
  /** HTML paragraphs come out of Readability, text and Markdown straight from the user */
  format: InputFormat;
}

interface Removal {
  reason: RemovalReason;
  detail: string;
}

/** a caption is a sentence or two; a longer block ending in a credit is prose and stays */
const MAX_CAPTION_CHARS = 400;
const MAX_CAPTION_SENTENCES = 2;
/** a headline has at least two words (a one-word header line is a page-name fragment: "TV"), and usually three */
export const MIN_HEADLINE_WORDS = 2;
const PREFERRED_HEADLINE_WORDS = 3;
/** "PARIS (Reuters) -", "CYCLISME –" on a line of their own open the next paragraph */
const DANGLING_DASH = /\s(?:--?|–|—)$/u;
const MAX_DANGLING_CHARS = 60;
/** a title and a standfirst: more title lines above the body make a page header */
const MAX_PLAIN_HEADER_TITLES = 2;
/** a paragraph starts the body when two more follow within this many kept blocks */
const BODY_RUN_WINDOW = 5;
const BODY_RUN_MORE = 2;
/** the article's language is settled by its first paragraphs of prose, up to this many characters */
const LANGUAGE_SAMPLE_CHARS = 800;

// Every format goes through the same passes today (Readability has already removed most HTML
// chrome, and what it leaves looks like pasted text); `format` stays in the orchestrator's contract.
// Empty inputs carry nothing and are dropped; a dateline alone on its line is joined to its paragraph.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
export function cleanBlocks(input: string[], _options: CleanBlocksOptions): Block[] {
  const blocks = joinDanglingDashes(input.map(tidy).filter(Boolean)).flatMap(classifyAlone);
  classifyByPosition(blocks);
  markRepeatedParagraphs(blocks);
  return blocks;
}

/** HTML paragraphs may carry odd spaces and blank lines; a blank line inside a block would split it in the text */
function tidy(text: string): string {
  return text
    .split(/\n+/)
    .map(normaliseSpaces)
    .filter(Boolean)
    .join("\n");
}

function joinDanglingDashes(texts: string[]): string[] {
  const joined: string[] = [];
  for (const text of texts) {
    const previous = joined.at(-1);
    if (previous !== undefined && previous.length <= MAX_DANGLING_CHARS && DANGLING_DASH.test(previous)) joined[joined.length - 1] = `${previous} ${text}`;
    else joined.push(text);
  }
  return joined;
}

function classifyAlone(text: string): Block[] {
  const removal = removalOnItsOwn(text);
  if (removal) return [{ text, kept: false, ...removal }];
  const glued = splitLeadingMetadata(text);
  if (glued) {
    return [
      { text: glued.metadata, kept: false, reason: "metadata-line", detail: `metadata glued to the first words of the text: "${glued.metadata}"` },
      { text: glued.rest, kept: true },
    ];
  }
  return [{ text, kept: true }];
}

function removalOnItsOwn(text: string): Removal | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return { reason: "junk-digits", detail: "no words: only symbols" };
  const metadata = matchMetadataLine(text);
  if (metadata) return { reason: "metadata-line", detail: metadata.detail };
  if (!/\p{L}/u.test(text)) return { reason: "junk-digits", detail: "digits with no words" };
  const chrome = matchChromeLine(text);
  if (chrome) return chrome;
  const footer = matchSourceFooter(text);
  if (footer) return { reason: "source-footer", detail: footer.detail };
  return captionRemoval(text);
}

function captionRemoval(text: string): Removal | null {
  const credit = findPhotoCredit(text);
  if (!credit) return null;
  const caption = (text.slice(0, credit.start) + text.slice(credit.end)).trim();
  if (!/\p{L}/u.test(caption)) return { reason: "credit", detail: `photo credit "${credit.quote}"` };
  if (caption.length > MAX_CAPTION_CHARS || countSentenceEnds(caption) > MAX_CAPTION_SENTENCES) return null;
  return { reason: "caption", detail: `photo caption, credit "${credit.quote}"` };
}

function classifyByPosition(blocks: Block[]): void {
  const kept = blocks.flatMap((block, position) => (block.kept ? [position] : []));
  const shapes = new Map(kept.map((position) => [position, describeLine(blocks[position]!.text)] as const));
  // block languages are only needed near the edges of the body: guess them lazily
  const languages = new Map<number, string | null>();
  const languageOf = (position: number) => {
    if (!languages.has(position)) languages.set(position, guessBlockLanguage(blocks[position]!.text));
    return languages.get(position)!;
  };
  const articleLanguage = dominantLanguage(kept.filter((position) => shapes.get(position)!.bodyProse), languageOf, blocks);
  const foreignLanguage = (position: number) => {
    const language = languageOf(position);
    return language && articleLanguage && language !== articleLanguage ? language : null;
  };
  // language does not decide where the body starts: a quote or a passage in another language is still prose
  const isBody = (position: number) => shapes.get(position)!.bodyProse;
  // the body starts at a paragraph of prose followed by more prose: a cookie notice (one or two
  // paragraphs) or a long
  // menu line standing alone above the headline of a pasted page is not the start of the article
  const first = kept.find((position, index) => isBody(position) && kept.slice(index + 1, index + 1 + BODY_RUN_WINDOW).filter(isBody).length >= BODY_RUN_MORE) ?? kept.find(isBody);
  const last = kept.findLast(isBody);
  if (first === undefined || last === undefined) return;
  const header = kept.filter((position) => position < first);
  const body = kept.filter((position) => position >= first && isBody(position));
  const headline = classifyHeader(blocks, header, body, shapes, foreignLanguage, articleLanguage);
  const afterHeadline = headline === undefined ? [] : header.filter((position) => position > headline);
  removeLinksNextToChrome(blocks, [...afterHeadline, ...kept.filter((position) => position > last)], shapes);
}

/** Removes captions in another language and page-name fragments above the headline; returns the headline's position. */
function classifyHeader(
  blocks: Block[],
  header: number[],
  body: number[],
  shapes: Map<number, LineShape>,
  foreignLanguage: (position: number) => string | null,
  articleLanguage: string | null,
): number | undefined {
  const isCaption = (position: number) => {
    const text = blocks[position]!.text;
    return foreignLanguage(position) !== null && text.length <= MAX_CAPTION_CHARS && countSentenceEnds(text) <= MAX_CAPTION_SENTENCES && !/[«“"]/u.test(text);
  };
  const titles = header.filter((position) => !isCaption(position) && shapes.get(position)!.titleLike && shapes.get(position)!.words >= MIN_HEADLINE_WORDS);
  // a two-word line is the headline only when no longer title follows ("Le Monde" above the real title is the site's name)
  const headline = chooseHeadline({
    candidates: titles.map((position) => ({ position, text: blocks[position]!.text, words: shapes.get(position)!.words })),
    body: body.map((position) => blocks[position]!.text),
    preferredWords: PREFERRED_HEADLINE_WORDS,
    pageChrome: titles.length > MAX_PLAIN_HEADER_TITLES || blocks.slice(0, body[0] ?? blocks.length).some((block) => !block.kept),
  });
  if (headline !== undefined) blocks[headline]!.headline = true;
  for (const position of header) {
    const block = blocks[position]!;
    const shape = shapes.get(position)!;
    if (position === headline) continue;
    if (isCaption(position)) {
      remove(block, "caption", `a caption in ${languageName(foreignLanguage(position)!)} above a text in ${languageName(articleLanguage ?? "")}`);
    } else if (headline !== undefined && position < headline && !shape.bodyProse) {
      // menus, section names, the site's name and notices a page pasted whole carries above its title
      remove(block, "navigation", `line above the headline in the page header ("${block.text}")`);
    } else if (!shape.endsSentence && (shape.words < MIN_HEADLINE_WORDS || (shape.words < PREFERRED_HEADLINE_WORDS && (headline === undefined || position < headline)))) {
      remove(block, "navigation", `short line in the page header ("${block.text}")`);
    }
  }
  return headline;
}

/**
 * Title-like lines between the headline and the body, or after the body, that touch removed chrome
 * ("Partager" then two headlines of other articles) are links to other articles. Lines that touch
 * only text stay: a subtitle under the headline, or a list of key points, is content.
 */
function removeLinksNextToChrome(blocks: Block[], positions: number[], shapes: Map<number, LineShape>): void {
  const candidates = positions.filter((position) => blocks[position]!.kept && shapes.get(position)!.titleLike && !shapes.get(position)!.endsSentence);
  const touchesRemoved = (position: number) => [blocks[position - 1], blocks[position + 1]].some((next) => next !== undefined && !next.kept);
  // a forward pass spreads removal down a list that follows chrome, a backward pass up a list that precedes it
  for (const order of [candidates, [...candidates].reverse()]) {
    for (const position of order) {
      const block = blocks[position]!;
      if (!block.kept || !touchesRemoved(position)) continue;
      if (shapes.get(position)!.words >= PREFERRED_HEADLINE_WORDS) remove(block, "related-link", `headline of another article ("${block.text}")`);
      else remove(block, "navigation", `short menu or tag line ("${block.text}")`);
    }
  }
}

/** the language most of the prose is written in, weighted by length, from the first paragraphs */
function dominantLanguage(prose: number[], languageOf: (position: number) => string | null, blocks: Block[]): string | null {
  const weights = new Map<string, number>();
  let sampled = 0;
  for (const position of prose) {
    if (sampled >= LANGUAGE_SAMPLE_CHARS) break;
    const language = languageOf(position);
    const length = blocks[position]!.text.length;
    sampled += length;
    if (language) weights.set(language, (weights.get(language) ?? 0) + length);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function remove(block: Block, reason: RemovalReason, detail: string): void {
  block.kept = false;
  block.reason = reason;
  block.detail = detail;
}

function countSentenceEnds(text: string): number {
  return splitSentences(text).length;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

function languageName(code: string): string {
  return code ? (LANGUAGE_NAMES.of(code) ?? code) : "another language";
}
