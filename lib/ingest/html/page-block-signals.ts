// What a block of the whole page (before Readability) says about itself: is it out of the body
// by where it sits (menus, footers, asides, forms), and does it read like prose.
import { CLASS_RULES, DROPPED_BLOCK_CLASSES } from "./class-chrome-rules.ts";
import type { HtmlBlock } from "./collect-text-blocks.ts";

/** Elements whose content is page furniture wherever they sit. */
const FURNITURE_TAGS = ["nav", "footer", "aside", "form", "menu"];

/** <header> is furniture at page level, but inside <article> or <main> it holds the lead. */
export function isInPageFurniture(block: HtmlBlock): boolean {
  if (block.ancestors.some((tag) => FURNITURE_TAGS.includes(tag))) return true;
  const header = block.ancestors.indexOf("header");
  if (header === -1) return false;
  const body = Math.max(block.ancestors.indexOf("article"), block.ancestors.indexOf("main"));
  return body === -1 || body > header;
}

/** A block with enough words and a sentence end, and few links: what jusText calls "good". */
export function readsAsProse(block: HtmlBlock): boolean {
  const { text } = block;
  if (block.linkChars / text.length > 0.3) return false;
  if (text.length >= 150) return true;
  return text.length >= 60 && /[.!?…:;»"“”)]\s*$/.test(text) && text.split(/\s+/).length >= 8;
}

/** Readability left it out: with any chrome class name around it, it stays out. */
export function wearsChromeClass(block: HtmlBlock): boolean {
  return DROPPED_BLOCK_CLASSES.test(block.hints) || CLASS_RULES.some((rule) => rule.pattern.test(block.hints));
}
