// HTML page -> article title, body paragraphs, and what was cut. Readability finds the body;
// a cleaning pass then removes the chrome it lets through; a page-wide fallback recovers pages
// where Readability finds nothing or keeps too little.
import type { RemovalReason } from "../types.ts";
import { markBlockElements } from "./block-marks.ts";
import { cleanHtmlBlocks } from "./clean-html-blocks.ts";
import { collectTextBlocks, type HtmlBlock } from "./collect-text-blocks.ts";
import { extractHtmlMeta, type HtmlMeta } from "./extract-html-meta.ts";
import { findPageDate } from "./find-page-date.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";
import { recoverDroppedBlocks } from "./recover-dropped-blocks.ts";
import { runReadability } from "./run-readability.ts";
import { selectBodyBlocks } from "./select-body-blocks.ts";

export type { HtmlMeta } from "./extract-html-meta.ts";

export interface RemovedHtmlPiece {
  text: string;
  reason: RemovalReason;
  detail?: string;
}

export interface HtmlExtraction {
  title: string | null;
  paragraphs: string[];
  removed: RemovedHtmlPiece[];
  meta: HtmlMeta;
}

/** Below this many characters Readability's pick is a sliver, not an article. */
const SLIVER = 250;
/** Below this, Readability may have picked a side box (an author bio, a teaser): the page-wide pass gets a say. */
const SHORT_ARTICLE = 800;

export interface ExtractHtmlArticleOptions {
  /** the page's address, to resolve a relative canonical link */
  url?: string;
}

export function extractHtmlArticle(html: string, options: ExtractHtmlArticleOptions = {}): HtmlExtraction {
  const { document, jsonLd, scripts } = parseHtmlDocument(html);
  const { meta, headline, articleBody } = extractHtmlMeta(document, jsonLd, options.url, scripts);
  const body = document.body;
  // Collected before Readability, which rewrites the document in place.
  const pageBlocks = body ? collectTextBlocks(body) : [];
  markBlockElements(pageBlocks);
  const documentTitle = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim();

  const article = runReadability(document);
  const title = headline ?? article?.title ?? documentTitle ?? null;
  const articleBlocks = article ? recoverDroppedBlocks(pageBlocks, collectTextBlocks(article.content)) : [];
  let chosen = cleanHtmlBlocks(articleBlocks, { title });
  const keptLength = textLength(chosen.kept.map((block) => block.text));
  if (keptLength < SHORT_ARTICLE) {
    const fallback = cleanHtmlBlocks(selectBodyBlocks(pageBlocks), { title });
    const fallbackLength = textLength(fallback.kept.map((block) => block.text));
    if (keptLength < SLIVER ? fallbackLength > keptLength : fallbackLength > keptLength * 3) chosen = fallback;
  }

  if (!meta.byline && article?.byline) meta.byline = article.byline;
  const paragraphs = chosen.kept.map((block) => block.text);
  const printed = findPageDate(pageBlocks, title, paragraphs[0], paragraphs.at(-1));
  if (printed.published) meta.printedDate = printed.published;
  if (printed.updated) meta.printedUpdate = printed.updated;
  // Pages rendered by scripts ship the text only in JSON-LD: take it when it says much more.
  const declared = articleBody ? paragraphsOf(articleBody) : [];
  if (textLength(declared) > Math.max(SLIVER, 2 * textLength(paragraphs))) {
    return { title, paragraphs: declared, removed: [], meta };
  }
  return { title, paragraphs, removed: [...chosen.removed, ...outsideTheArticle(pageBlocks, paragraphs, chosen.removed)], meta };
}

/** Pages with more blocks than this are not itemised further: the raw input keeps them anyway. */
const MAX_OUTSIDE_BLOCKS = 2000;

/**
 * What Readability left out of the article (side boxes, teasers, link lists), one removed piece per
 * run of consecutive page blocks, so a reviewer sees it and can restore it like any other
 * removal. Menus, footers and scripts were cut before parsing and stay only in the raw input.
 */
function outsideTheArticle(pageBlocks: HtmlBlock[], paragraphs: string[], removed: RemovedHtmlPiece[]): RemovedHtmlPiece[] {
  const kept = paragraphs.join("\n");
  const alreadyListed = removed.map((piece) => piece.text).join("\n");
  const pieces: RemovedHtmlPiece[] = [];
  let run: string[] = [];
  const closeRun = () => {
    if (run.length > 0) pieces.push({ text: run.join("\n"), reason: "html-boilerplate", detail: `outside the article body found by Readability (${run.length} page block${run.length > 1 ? "s" : ""})` });
    run = [];
  };
  for (const block of pageBlocks.slice(0, MAX_OUTSIDE_BLOCKS)) {
    if (kept.includes(block.text) || alreadyListed.includes(block.text)) closeRun();
    else run.push(block.text);
  }
  closeRun();
  return pieces;
}

/** JSON-LD articleBody is plain text with line breaks, or (on some CMSs) escaped HTML. */
function paragraphsOf(body: string): string[] {
  if (/<[a-z][^>]*>/i.test(body)) {
    const root = parseHtmlDocument(body).document.body;
    return root ? collectTextBlocks(root).map((block) => block.text) : [];
  }
  return body
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

function textLength(texts: string[]): number {
  return texts.reduce((sum, text) => sum + text.length, 0);
}
