// A web page -> the text a reader gets by selecting all and copying it in a browser, for the
// pasted-page headline evaluation (issue 17 item 4).
//
// linkedom, not Chromium: the pages are stored without their style sheets, images or scripts, so
// a headless Chromium offline would lay out the same unstyled DOM; what it adds (computed
// display:none from a page's own <style>) moves few lines, and it costs a browser process and
// ~0.1 s a page on a busy 2-core machine, where this walk takes milliseconds and gives the same
// text on every run. The walk follows the HTML standard's innerText algorithm
// (https://html.spec.whatwg.org/#the-innertext-idl-attribute), with Chromium's copy habit of a
// blank line after paragraphs and headings (its default margins):
// - not rendered: <head>, script, style, noscript (a browser runs scripts), template, iframe,
//   svg, canvas, form fields' values, the `hidden` attribute, inline display:none or
//   visibility:hidden;
// - block elements put their text on lines of their own; <p> and <h1>–<h6> add a blank line;
//   <br> is a line break; table cells are separated by a tab and rows by a line break;
// - runs of white space collapse to one space and lines are trimmed (<pre> is treated alike:
//   news pages rarely carry one and a headline never sits in one).
// What it cannot see: rules in a page's style sheets (menus collapsed on small screens, cookie
// banners shown by script), so the copied text holds a little more chrome than a reader's would.
import { parseHTML } from "linkedom";

const NOT_RENDERED = new Set([
  "HEAD", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "CANVAS", "TITLE", "META", "LINK",
  "INPUT", "SELECT", "TEXTAREA", "OPTION", "DATALIST", "OBJECT", "EMBED", "AUDIO", "VIDEO", "MAP", "DIALOG",
]);
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "CENTER", "DD", "DETAILS", "DIR", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "HEADER", "HGROUP", "HR", "LEGEND", "LI", "MAIN", "MENU", "NAV",
  "OL", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT", "UL", "H1", "H2", "H3", "H4", "H5", "H6", "P", "TR",
]);
const BLANK_LINE_AFTER = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6"]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

type Piece = string | { breaks: number };

export function renderCopiedText(html: string): string {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`) as unknown as { document: Document };
  const root = document.body ?? document.documentElement;
  if (!root) return "";
  const pieces: Piece[] = [];
  walk(root, pieces);
  return assemble(pieces);
}

function walk(node: Node, pieces: Piece[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      pieces.push((child.nodeValue ?? "").replace(/[\t\n\r\f ]+/g, " "));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (NOT_RENDERED.has(tag) || element.hasAttribute("hidden") || HIDDEN_STYLE.test(element.getAttribute("style") ?? "")) continue;
    if (tag === "BR") {
      pieces.push("\n");
      continue;
    }
    if ((tag === "TD" || tag === "TH") && element.previousElementSibling) pieces.push("\t");
    const block = BLOCK.has(tag);
    const breaks = BLANK_LINE_AFTER.has(tag) ? 2 : 1;
    if (block) pieces.push({ breaks });
    walk(element, pieces);
    if (block) pieces.push({ breaks });
  }
}

/** Runs of required line breaks become their largest count of newlines; none at either end. */
function assemble(pieces: Piece[]): string {
  let text = "";
  let pending = 0;
  for (const piece of pieces) {
    if (typeof piece !== "string") {
      pending = Math.max(pending, piece.breaks);
      continue;
    }
    if (!piece) continue;
    // a lone space between two blocks renders as nothing
    if (pending && !piece.trim()) continue;
    if (pending && text) text += "\n".repeat(pending);
    pending = 0;
    text += piece;
  }
  return text
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
