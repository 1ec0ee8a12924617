// Markdown -> plain text, one paragraph per block (blank line between): marked's lexer gives the
// structure, and we keep only what a reader reads. Headings, list items, quotes and table rows
// become paragraphs of their own; links keep their text; images go. Raw HTML is read as text
// through the same inert parser as HTML pages, so markup and script bodies never come through.
import { Lexer, type Token, type Tokens } from "marked";
import { collectTextBlocks } from "./collect-text-blocks.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";

export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  collectBlocks(Lexer.lex(markdown), paragraphs);
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

function collectBlocks(tokens: Token[], paragraphs: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case "space":
      case "hr":
      case "def":
        break;
      case "heading":
      case "paragraph":
        paragraphs.push(inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens));
        break;
      case "text":
        paragraphs.push(inlineText((token as Tokens.Text).tokens ?? [token]));
        break;
      case "code":
        paragraphs.push(decodeEntities((token as Tokens.Code).text));
        break;
      case "blockquote":
        collectBlocks((token as Tokens.Blockquote).tokens, paragraphs);
        break;
      case "list":
        for (const item of (token as Tokens.List).items) collectBlocks(item.tokens, paragraphs);
        break;
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) paragraphs.push(row.map((cell) => inlineText(cell.tokens)).join(" | "));
        break;
      }
      case "html":
        paragraphs.push(...htmlText((token as Tokens.HTML).text));
        break;
      default: {
        const generic = token as Tokens.Generic;
        if (Array.isArray(generic.tokens)) paragraphs.push(inlineText(generic.tokens));
      }
    }
  }
}

function inlineText(tokens: Token[]): string {
  let text = "";
  // Inline raw HTML arrives tag by tag; what sits between <script> and </script> is not text.
  let skippingUntil: string | null = null;
  for (const token of tokens) {
    if (token.type === "html") {
      const tag = /^<(\/?)([a-z][\w-]*)/i.exec((token as Tokens.Tag).text);
      const name = tag?.[2]?.toLowerCase();
      if (skippingUntil && tag?.[1] === "/" && name === skippingUntil) skippingUntil = null;
      else if (!skippingUntil && !tag?.[1] && (name === "script" || name === "style")) skippingUntil = name;
      else if (name === "br" || name === "p" || name === "div") text += " ";
      continue;
    }
    if (skippingUntil) continue;
    switch (token.type) {
      case "image":
        break;
      case "br":
        text += " ";
        break;
      case "text":
      case "escape":
      case "codespan": {
        const nested = (token as Tokens.Text).tokens;
        text += nested?.length ? inlineText(nested) : decodeEntities((token as Tokens.Text).text);
        break;
      }
      default: {
        const generic = token as Tokens.Generic;
        if (Array.isArray(generic.tokens)) text += inlineText(generic.tokens);
        else if (typeof generic.text === "string") text += decodeEntities(generic.text);
      }
    }
  }
  return text;
}

/** A block of raw HTML in the markdown: its paragraphs' text, never its markup or scripts. */
function htmlText(html: string): string[] {
  const body = parseHtmlDocument(html).document.body;
  return body ? collectTextBlocks(body).map((block) => block.text) : [];
}

/** marked leaves character references as written ("&amp;", "&#233;"); the HTML parser decodes them. */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, (reference) => parseHtmlDocument(`<p>${reference}</p>`).document.body?.textContent ?? reference);
}
