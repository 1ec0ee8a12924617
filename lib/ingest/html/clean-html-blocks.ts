// The pass after Readability: Readability picks the right container but keeps what sits inside
// it (share bars, captions, credits, "read also" boxes, date lines, comment prompts). Each block
// is judged on its own text, its class/id words and its link density, then "related" and
// "comments" sections are swept as a whole.
import { CLASS_RULES, type ChromeReason } from "./class-chrome-rules.ts";
import type { HtmlBlock } from "./collect-text-blocks.ts";
import { withoutDates } from "./date-shapes.ts";
import { readsAsProse } from "./page-block-signals.ts";
import type { RemovedHtmlPiece } from "./extract-html-article.ts";
import { TEXT_RULES } from "./text-chrome-rules.ts";

export interface CleanedBlocks {
  kept: HtmlBlock[];
  removed: RemovedHtmlPiece[];
}

export interface Verdict {
  reason: ChromeReason;
  detail: string;
}

/** Words that make a short dated line a byline or a timestamp rather than a statement. */
const META_WORDS = /\b(?:by|von|par|por|posted|published|updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|min read|lesezeit|uhr|am|pm|gmt|utc)\b/i;

/** Prose this long is body text whatever the class names around it say (captions run longer). */
const PROSE_LENGTH = 200;
const CAPTION_LENGTH = 300;

export function cleanHtmlBlocks(blocks: HtmlBlock[], { title }: { title: string | null }): CleanedBlocks {
  const verdicts = blocks.map((block) => judgeBlock(block));
  markTitleRepeats(blocks, verdicts, title);
  sweepSections(blocks, verdicts);
  const kept: HtmlBlock[] = [];
  const removed: RemovedHtmlPiece[] = [];
  blocks.forEach((block, index) => {
    const verdict = verdicts[index];
    if (verdict) removed.push({ text: block.text, reason: verdict.reason, detail: verdict.detail });
    else kept.push(block);
  });
  return { kept, removed };
}

/** Why one block, seen alone, is chrome; null when it reads as body text. */
export function judgeBlock(block: HtmlBlock): Verdict | null {
  const { text } = block;
  if (block.hidden) return { reason: "html-boilerplate", detail: "hidden on the page" };
  const inCaption = block.tag === "figcaption" || block.ancestors.includes("figcaption");
  // Some pages wrap whole paragraphs in <figure>; only short text there reads as a caption.
  if ((inCaption && text.length < CAPTION_LENGTH) || (block.ancestors.includes("figure") && text.length < 120)) {
    return { reason: "caption", detail: "figure caption" };
  }
  if (block.hints && text.length < CAPTION_LENGTH) {
    const rule = CLASS_RULES.find((candidate) => candidate.pattern.test(block.hints));
    if (rule && (text.length < PROSE_LENGTH || rule.reason === "caption")) return { reason: rule.reason, detail: `inside a "${rule.detail}" element` };
  }
  for (const rule of TEXT_RULES) {
    if (text.length <= rule.maxLength && rule.pattern.test(text)) return { reason: rule.reason, detail: rule.detail };
  }
  return judgeMetaLine(text) ?? judgeLinks(block);
}

/**
 * A short line built around a date ("Freitag | 14. Juni 2019 | 15:49 VON X IN Fashion",
 * "By X Feb 8, 2020 5 min read") is the article's metadata, not its text: once the dates are
 * taken out, a few words or "|"-separated fields remain and no sentence ends.
 */
function judgeMetaLine(text: string): Verdict | null {
  if (text.length > 110) return null;
  // "Termin: 29.02.2020, 19 Uhr", "Deadline: ..." state a fact; "Published: ..." is caught above.
  if (/^[\p{L}\s]{2,30}:/u.test(text)) return null;
  // "— Name (@handle) January 24, 2020" closes an embedded post the article quotes.
  if (/\(@\w+\)/.test(text)) return null;
  const rest = withoutDates(text);
  if (rest === null) return null;
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  const fields = /[|•·]/.test(rest);
  const sentence = /[.!?]["»”’)]?\s*$/.test(text) && words.length > 3;
  if (!sentence && (words.length <= 4 || fields || META_WORDS.test(rest))) return { reason: "html-boilerplate", detail: "date line" };
  return null;
}
/** Blocks made mostly of links point elsewhere: menus, tag lists, teasers of other articles. */
function judgeLinks(block: HtmlBlock): Verdict | null {
  const density = block.linkChars / block.text.length;
  if (density < 0.5) return null;
  // A bare address written out in the text is content ("see http://example.org").
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(block.text)) return null;
  // Long prose with several inline links (a wiki-style paragraph) is still prose.
  if (block.text.length > 150 && density < 0.8 && block.tag !== "li" && block.tag !== "td") return null;
  if (block.linkCount >= 2 || block.tag === "li" || block.tag === "td" || block.ancestors.includes("nav")) {
    return { reason: block.ancestors.includes("nav") ? "navigation" : "related-link", detail: "list of links" };
  }
  if (density > 0.8 && block.text.length < 160) return { reason: "related-link", detail: "link to another page" };
  return null;
}

/** The headline printed again at the top of the body is not body text. */
function markTitleRepeats(blocks: HtmlBlock[], verdicts: (Verdict | null)[], title: string | null): void {
  if (!title) return;
  const folded = fold(title);
  if (folded.length < 8) return;
  for (let index = 0; index < Math.min(blocks.length, 4); index += 1) {
    const text = fold(blocks[index]!.text);
    if (text.length < 8 || text.length > folded.length + 60) continue;
    if (text === folded || folded.includes(text) || (text.includes(folded) && text.length < folded.length * 1.6)) {
      verdicts[index] = { reason: "html-boilerplate", detail: "repeats the title" };
    }
  }
}

/**
 * A "related articles" or "comments" heading starts a section of teasers or reader comments:
 * the blocks after it are removed with it until body prose resumes (a long block with few
 * links) or, for comments, to the end when they come in the last part of the article.
 */
function sweepSections(blocks: HtmlBlock[], verdicts: (Verdict | null)[]): void {
  for (let index = 0; index < blocks.length; index += 1) {
    const verdict = verdicts[index];
    if (!verdict || blocks[index]!.text.length > 120) continue;
    const isRelated = verdict.detail === "related articles";
    const isComments = verdict.detail === "comment or rating chrome" && /^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|reacties|reaktionen|leserkommentare)\b/i.test(blocks[index]!.text);
    // "About the author" near the end heads a bio, which is prose but not the article's.
    const isAuthorBox = verdict.detail === "contact or author label" && /autor|author|auteur/i.test(blocks[index]!.text) && index >= blocks.length * 0.7;
    if (!isRelated && !isComments && !isAuthorBox) continue;
    const toEnd = isAuthorBox || (isComments && index >= blocks.length * 0.5);
    for (let next = index + 1; next < blocks.length; next += 1) {
      const block = blocks[next]!;
      if (!toEnd && readsAsProse(block)) break;
      if (!verdicts[next]) verdicts[next] = { reason: verdict.reason, detail: `${verdict.detail} (section)` };
    }
  }
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
