// Readability is tuned for precision: it drops ingredient lists and tables it finds too
// "link-y", lead paragraphs kept in a sibling of the main container, closing paragraphs after an
// embedded box. This puts such blocks back, in page order, when they sit inside the stretch of
// the page Readability chose, or right next to it and read as prose.
import { readBlockMark } from "./block-marks.ts";
import { LEAD_CLASSES } from "./class-chrome-rules.ts";
import { judgeBlock } from "./clean-html-blocks.ts";
import type { HtmlBlock } from "./collect-text-blocks.ts";
import { isInPageFurniture, readsAsProse, wearsChromeClass } from "./page-block-signals.ts";

/** How far before or after Readability's stretch a lead or closing paragraph may sit. */
const NEIGHBOUR_REACH = 6;
/** How many levels up (block element, parent, grandparent) a dropped block may share a container with kept text. */
const SHARED_ANCESTOR_REACH = 3;
/** A standfirst may sit further up, in the article's header, past the headline and a picture. */
const LEAD_REACH = 30;
const LEAD_ANCESTOR_REACH = 8;

/**
 * `pageBlocks` were read from the whole page before Readability ran (and stamped by
 * markBlockElements), `articleBlocks` from its result; the stamps tie one to the other.
 * Returns the article blocks and the recovered ones, in page order.
 */
export function recoverDroppedBlocks(pageBlocks: HtmlBlock[], articleBlocks: HtmlBlock[]): HtmlBlock[] {
  if (!articleBlocks.length || !pageBlocks.length) return articleBlocks;
  const pageIndexOfText = indexByText(pageBlocks);
  // Blocks sharing a block element (split by <br> or by nested blocks) share its mark.
  const blocksOfMark = new Map<number, number[]>();
  pageBlocks.forEach((block, index) => {
    const mark = readBlockMark(block);
    if (mark === undefined) return;
    const group = blocksOfMark.get(mark);
    if (group) group.push(index);
    else blocksOfMark.set(mark, [index]);
  });

  const covered = new Set<number>();
  const positions = articleBlocks.map((block) => {
    const exact = pageIndexOfText.get(block.text);
    const mark = readBlockMark(block);
    const marked = mark === undefined ? [] : (blocksOfMark.get(mark) ?? []);
    const sameText = marked.find((index) => pageBlocks[index]!.text === block.text);
    for (const index of marked) covered.add(index);
    if (exact !== undefined) covered.add(exact);
    return sameText ?? exact ?? marked[0];
  });
  if (!covered.size) return articleBlocks;

  // Every element holding kept text: a dropped block is a candidate only if it shares one of
  // them within a few levels (a sibling list, the lead in the article's header), not if it
  // merely sits between kept blocks in page order (a teaser grid Readability joined across).
  const keptContainers = new Set<Element>();
  for (const index of covered) for (const element of pageBlocks[index]!.path) keptContainers.add(element);
  const nearKeptText = (block: HtmlBlock) => block.path.slice(-SHARED_ANCESTOR_REACH).some((element) => keptContainers.has(element));

  // A loop, not Math.min(...covered): a huge page would overflow the argument list.
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const index of covered) {
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  const recovered: { block: HtmlBlock; position: number }[] = [];
  for (let index = first + 1; index < last; index += 1) {
    const block = pageBlocks[index]!;
    if (covered.has(index) || !nearKeptText(block) || !mayRecover(block)) continue;
    // A heading Readability dropped is worth having back only if it heads text it kept.
    if (/^h[1-6]$/.test(block.tag) && !covered.has(index + 1)) continue;
    recovered.push({ block, position: index });
  }
  for (const step of [-1, 1]) {
    const start = step < 0 ? first - 1 : last + 1;
    for (let index = start, seen = 0; index >= 0 && index < pageBlocks.length && seen < NEIGHBOUR_REACH; index += step, seen += 1) {
      const block = pageBlocks[index]!;
      if (!nearKeptText(block) || !mayRecover(block) || /^h[1-6]$/.test(block.tag)) break;
      if (judgeBlock(block)) continue;
      if (!readsAsProse(block)) break;
      recovered.push({ block, position: index });
    }
  }
  const sharesArticle = (block: HtmlBlock) => block.path.slice(-LEAD_ANCESTOR_REACH).some((element) => keptContainers.has(element));
  for (let index = first - 1; index >= Math.max(0, first - LEAD_REACH); index -= 1) {
    const block = pageBlocks[index]!;
    if (recovered.some((entry) => entry.position === index) || !LEAD_CLASSES.test(block.hints)) continue;
    if (block.hidden || isInPageFurniture(block) || !sharesArticle(block) || judgeBlock(block) || !readsAsProse(block)) continue;
    recovered.push({ block, position: index });
  }
  if (!recovered.length) return articleBlocks;

  // Article blocks that matched nothing keep their place after the previous article block.
  let lastPosition = -1;
  const placed = articleBlocks.map((block, order) => {
    lastPosition = positions[order] ?? lastPosition;
    return { block, position: lastPosition, order };
  });
  const merged = [...placed, ...recovered.map(({ block, position }) => ({ block, position, order: Number.MAX_SAFE_INTEGER }))];
  merged.sort((a, b) => a.position - b.position || a.order - b.order);
  return merged.map(({ block }) => block);
}

/** Readability dropped it: take it back only with no sign at all of being chrome. */
function mayRecover(block: HtmlBlock): boolean {
  return !block.hidden && !isInPageFurniture(block) && !wearsChromeClass(block);
}

function indexByText(blocks: HtmlBlock[]): Map<string, number> {
  const index = new Map<string, number>();
  blocks.forEach((block, position) => {
    if (!index.has(block.text)) index.set(block.text, position);
  });
  return index;
}
