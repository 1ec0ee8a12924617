// The date a page prints beside its headline: the byline or date line a reader sees under the
// title ("Par Florence Martin, le 15 septembre 2009", "May 19, 2020", "Updated Mar 12, 2020").
// Readability often drops it with the rest of the header, so it is looked for in the page's own
// blocks, in page order, near the headline (or the first body paragraph). Dates of comments,
// related-article lists and side boxes are the usual false friends: blocks inside such
// containers are not read. Link text is allowed: blogs link the date to their day archive.

import { foldText } from "../clean/fold-text.ts";
import { matchDateLine, type DateLine } from "../clean/match-date-line.ts";
import type { HtmlBlock } from "./collect-text-blocks.ts";

export interface PageDateLines {
  /** the page's publication or byline date line nearest the headline */
  published?: string;
  /** an update line near the headline, when the page prints one */
  updated?: string;
}

/** a byline sits a few blocks from the title: kicker, author, share bar, then the date */
const BLOCKS_BEFORE_ANCHOR = 6;
const BLOCKS_AFTER_ANCHOR = 12;
/**
 * Class and id words of containers whose dates are not the article's. Matched on whole words of
 * the hints: CMSs wrap whole articles in "widget", "sidebar_content" or "nav" classes.
 */
const OFF_ARTICLE = /(?:^|[\s_-])(?:comments?|commentlist|discussion|related|recommended|recommendations|replies|reply|respond|popular|trending|teasers?|promo|newsletter|footer|more-stories|read-more|archive|calendar|latest|ticker|today|weather)(?=$|[\s_-])/;

const MAX_TIME_BLOCK_CHARS = 300;

/** blogs print "Posted by … on …" just after the post: this many blocks after its last paragraph */
const BLOCKS_AFTER_BODY = 3;

export function findPageDate(pageBlocks: HtmlBlock[], title: string | null, firstParagraph: string | undefined, lastParagraph?: string): PageDateLines {
  const anchor = anchorIndex(pageBlocks, title, firstParagraph);
  if (anchor < 0) return {};
  const found = nearHeadline(pageBlocks, anchor);
  if (found.published || !lastParagraph) return found;
  const after = afterBody(pageBlocks, anchor, lastParagraph);
  return after ? { ...found, published: after } : found;
}

/**
 * The author line under the post ("Author: Bo2 am 03.12.2010, 13:36 Uhr", "Posted by Jane on
 * May 3, 2019"), read only when nothing dates the page near its headline. Only a byline or a
 * publication line counts there: a bare date below a post is a related item's or a comment's.
 */
function afterBody(pageBlocks: HtmlBlock[], anchor: number, lastParagraph: string): string | undefined {
  let end = -1;
  for (let index = pageBlocks.length - 1; index > anchor; index -= 1) {
    if (pageBlocks[index]!.text === lastParagraph) {
      end = index;
      break;
    }
  }
  if (end < 0) return undefined;
  for (let index = end + 1; index <= Math.min(pageBlocks.length - 1, end + BLOCKS_AFTER_BODY); index += 1) {
    const block = pageBlocks[index]!;
    if (block.hidden || OFF_ARTICLE.test(block.hints)) continue;
    const found = matchDateLine(block.text);
    if (found && (found.kind === "byline" || found.kind === "publication")) return block.text;
  }
  return undefined;
}

function nearHeadline(pageBlocks: HtmlBlock[], anchor: number): PageDateLines {
  let published: { line: string; distance: number } | undefined;
  let updated: { line: string; distance: number } | undefined;
  const from = Math.max(0, anchor - BLOCKS_BEFORE_ANCHOR);
  const to = Math.min(pageBlocks.length - 1, anchor + BLOCKS_AFTER_ANCHOR);
  for (let index = from; index <= to; index += 1) {
    const block = pageBlocks[index]!;
    if (block.hidden || OFF_ARTICLE.test(block.hints)) continue;
    const found = dateLineOf(block);
    if (!found) continue;
    // below the headline beats above it at the same distance: bylines sit under titles, lists above
    const distance = Math.abs(index - anchor) * 2 + (index < anchor ? 1 : 0);
    const slot = found.kind === "update" ? updated : published;
    if (slot && slot.distance <= distance) continue;
    if (found.kind === "update") updated = { line: found.line, distance };
    else published = { line: found.line, distance };
  }
  return { ...(published ? { published: published.line } : {}), ...(updated ? { updated: updated.line } : {}) };
}

/**
 * "<time>Published on August 19, 2019</time><time>August 19, 2019</time> • 319 Likes": inline
 * elements run together in the block's text ("2019August"), so a <time> is also read on its own.
 */
function dateLineOf(block: HtmlBlock): (DateLine & { line: string }) | null {
  const whole = matchDateLine(block.text);
  if (whole) return { ...whole, line: block.text };
  // only a short block's element is searched: a long one is prose, or a wrapper with a large subtree
  if (block.text.length > MAX_TIME_BLOCK_CHARS || !/\d/.test(block.text)) return null;
  const element = block.path[block.path.length - 1];
  for (const time of Array.from(element?.querySelectorAll("time") ?? []).slice(0, 3)) {
    const line = time.textContent?.replace(/\s+/g, " ").trim();
    const found = line ? matchDateLine(line) : null;
    if (found && line) return { ...found, line };
  }
  return null;
}

/** the headline's block, else the first body paragraph's; -1 when neither is on the page */
function anchorIndex(pageBlocks: HtmlBlock[], title: string | null, firstParagraph: string | undefined): number {
  if (title) {
    const folded = foldText(title);
    const heading = pageBlocks.findIndex((block) => /^h[1-3]$/.test(block.tag) && foldText(block.text) === folded);
    if (heading >= 0) return heading;
    // "Site - Section » Headline": a <title> that holds the site's name around the page's heading
    const parts = title.split(/\s+[-–—|»«:·•]\s+/u);
    // a headline is a phrase: a one-word segment ("News") names a section
    const segments = new Set(parts.map(foldText).filter((segment) => segment.length >= 12));
    const segment = parts.length > 1 ? pageBlocks.findIndex((block) => /^h[1-3]$/.test(block.tag) && segments.has(foldText(block.text))) : -1;
    if (segment >= 0) return segment;
  }
  return firstParagraph ? pageBlocks.findIndex((block) => block.text === firstParagraph) : -1;
}
