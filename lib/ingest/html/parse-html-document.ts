// HTML string -> inert DOM. linkedom rather than jsdom: on the extraction benchmarks both give
// Readability the same scores, linkedom is ~5x faster, and it has no script engine at all, so
// nothing in a page can run or fetch anything.
import { parseHTML } from "linkedom";

export interface ParsedHtml {
  document: Document;
  /** bodies of <script type="application/ld+json">, kept aside before scripts are cut */
  jsonLd: string[];
}

// Raw-text elements end at the first matching close tag (which, like any end tag, runs to the
// next ">"), exactly as an HTML tokenizer reads them, so a regex cuts them as a parser would;
// doing it on the string spares the DOM thousands of nodes (scripts and styles are half of a
// typical news page's bytes).
const RAW_TEXT_ELEMENTS = /<(script|style|template|textarea|iframe)\b[^>]*>[\s\S]*?<\/\1(?=[\s/>])[^>]*>/gi;
// We never run scripts, so <noscript> content is what this reader sees: unwrap it.
const FURNITURE_ELEMENTS = /<(nav|footer|svg|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const NOSCRIPT_TAGS = /<\/?noscript\b[^>]*>/gi;
// linkedom drops what follows </html> and mis-roots what precedes <html> (PHP warnings, stray
// <style> blocks); browsers put trailing content in <body> and the prefix is server noise.
const BEFORE_HTML = /^[\s\S]*?(?=<!doctype|<html[\s>])/i;
const DOCUMENT_END_TAGS = /<\/(?:html|body)\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

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
  const jsonLd = Array.from(html.matchAll(JSON_LD), (match) => match[1] ?? "");
  const stripped = html.replace(COMMENTS, "").replace(RAW_TEXT_ELEMENTS, " ").replace(FURNITURE_ELEMENTS, " ").replace(NOSCRIPT_TAGS, " ").replace(DOCUMENT_END_TAGS, "");
  // linkedom needs an <html> root to build a document at all.
  const source = /<html[\s>]/i.test(stripped) ? stripped.replace(BEFORE_HTML, "") : `<html>${stripped}</html>`;
  const { document } = parseHTML(source) as unknown as { document: Document };
  moveStrayNodesIntoBody(document);
  flattenDeepNesting(document);
  for (const element of Array.from(document.querySelectorAll(NON_TEXT_SELECTOR))) element.remove();
  return { document, jsonLd };
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
