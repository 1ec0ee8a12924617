// HTML string -> inert DOM. linkedom rather than jsdom: on the extraction benchmarks both give
// Readability the same scores, linkedom is ~5x faster, and it has no script engine at all, so
// nothing in a page can run or fetch anything.
import { parseHTML } from "linkedom";

export interface ParsedHtml {
  document: Document;
  /** bodies of <script type="application/ld+json">, kept aside before scripts are cut */
  jsonLd: string[];
  /**
   * bodies of the other inline scripts that name a publication ("publishedDate" in a page's state
   * object): pages rendered by scripts may state their date nowhere else
   */
  scripts: string[];
}

// Comments and raw-text elements (scripts, styles...) cut on the string, in one left-to-right
// pass as an HTML tokenizer reads them: whichever opens first wins, a comment runs to "-->" (or
// the end), a raw-text element to the first matching end tag. Doing it before parsing spares the
// DOM thousands of nodes: scripts and styles are half of a typical news page's bytes.
// Attribute runs are bounded so that a hostile "<script<script<script..." cannot go quadratic.
const SKIPPED_SPANS = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea|iframe)\b([^>]{0,4000})>([\s\S]*?)(?:<\/\1(?=[\s/>])[^>]{0,4000}>|$)/gi;
const JSON_LD_TYPE = /type\s*=\s*["']?application\/ld\+json/i;
/** a quoted key that names a publication: "datePublished", "publishedDate", "published_at"… */
const PUBLICATION_KEY = /"[\w.]{0,40}publish\w{0,40}"\s*:/i;
const MAX_KEPT_SCRIPTS = 20;
// Page furniture Readability would only have to discard. A nested <nav> in a <nav> leaves its
// tail in the page, where the cleaning pass still sees a menu.
const FURNITURE_OPENING = /<(nav|footer|svg|select)\b[^>]{0,4000}>/gi;
// We never run scripts, so <noscript> content is what this reader sees: unwrap it.
const NOSCRIPT_TAGS = /<\/?noscript\b[^>]*>/gi;
// linkedom drops what follows </html> and mis-roots what precedes <html> (PHP warnings, stray
// <style> blocks); browsers put trailing content in <body> and the prefix is server noise.
const BEFORE_HTML = /^[\s\S]*?(?=<!doctype|<html[\s>])/i;
const DOCUMENT_END_TAGS = /<\/(?:html|body)\s*>/gi;

/** Elements never part of a body's text: their text is labels, icons or form chrome. */
const NON_TEXT_SELECTOR = "svg, math, canvas, select, button, dialog, [hidden], [aria-hidden='true']";

/**
 * Readability's cost grows with the cube of nesting depth (2,000 nested divs take minutes), so a
 * hostile page could stall an import. Real pages stay far below this (50 at most on the 1,171
 * benchmark pages); browsers' parsers cap depth too (Chromium at 512).
 */
const MAX_DEPTH = 64;
const BREAKING_TAGS = new Set(["P", "DIV", "LI", "BLOCKQUOTE", "SECTION", "ARTICLE", "TR", "TD", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "TABLE"]);

/** Metadata elements that linkedom leaves outside <head> when the page omits it. */
const HEAD_TAGS = new Set(["TITLE", "META", "LINK", "BASE"]);

export function parseHtmlDocument(html: string): ParsedHtml {
  const jsonLd: string[] = [];
  const scripts: string[] = [];
  const withoutScripts = html.replace(SKIPPED_SPANS, (_span, tag?: string, attributes?: string, content?: string) => {
    if (tag?.toLowerCase() !== "script" || !content) return " ";
    if (JSON_LD_TYPE.test(attributes ?? "")) jsonLd.push(content);
    else if (scripts.length < MAX_KEPT_SCRIPTS && PUBLICATION_KEY.test(content)) scripts.push(content);
    return " ";
  });
  const stripped = cutFurniture(withoutScripts).replace(NOSCRIPT_TAGS, " ").replace(DOCUMENT_END_TAGS, "");
  // linkedom needs an <html> root to build a document at all.
  const source = /<html[\s>]/i.test(stripped) ? stripped.replace(BEFORE_HTML, "") : `<html>${stripped}</html>`;
  const { document } = parseHTML(source) as unknown as { document: Document };
  moveStrayNodesIntoBody(document);
  flattenDeepNesting(document);
  for (const element of Array.from(document.querySelectorAll(NON_TEXT_SELECTOR))) element.remove();
  return { document, jsonLd, scripts };
}

/**
 * Cuts each furniture element up to its first matching end tag; an opener with no end tag after
 * it stays (the parser will close it).
 */
function cutFurniture(html: string): string {
  // By hand rather than one lazy regex: that rescans to the end for every unclosed opener, which
  // a hostile page of 20,000 "<svg>" turns into seconds.
  const opening = new RegExp(FURNITURE_OPENING.source, "gi");
  const unclosed = new Set<string>();
  let output = "";
  let copied = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const tag = match[1]!.toLowerCase();
    if (unclosed.has(tag)) continue;
    const closing = new RegExp(`</${tag}\\s*>`, "gi");
    closing.lastIndex = opening.lastIndex;
    if (!closing.exec(html)) {
      unclosed.add(tag);
      continue;
    }
    output += `${html.slice(copied, match.index)} `;
    copied = closing.lastIndex;
    opening.lastIndex = copied;
  }
  return output + html.slice(copied);
}

/**
 * linkedom does not run HTML5 tree construction: content before an explicit <body> (or in a page
 * with none) lands beside it under <html>, where Readability would never look. Put it where a
 * browser would.
 */
function moveStrayNodesIntoBody(document: Document): void {
  const root = document.documentElement;
  const head = document.head;
  const body = document.body;
  if (!root || !head || !body) return;
  const firstBodyChild = body.firstChild;
  let seenBody = false;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) {
      seenBody = true;
      continue;
    }
    if (node === head) continue;
    if (node.nodeType === 1 && HEAD_TAGS.has((node as Element).tagName)) head.appendChild(node);
    else if (seenBody) body.appendChild(node);
    else body.insertBefore(node, firstBodyChild);
  }
}

/** Unwraps elements nested deeper than MAX_DEPTH, keeping their text and a line break for blocks. */
function flattenDeepNesting(document: Document): void {
  const root = document.documentElement;
  if (!root) return;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth < MAX_DEPTH) {
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
      continue;
    }
    // At the cap: every element below is replaced by its content, outermost first.
    for (const nested of Array.from(element.querySelectorAll("*"))) {
      const parent = nested.parentNode!;
      if (BREAKING_TAGS.has(nested.tagName)) parent.insertBefore(document.createElement("br"), nested);
      while (nested.firstChild) parent.insertBefore(nested.firstChild, nested);
      parent.removeChild(nested);
    }
  }
}
