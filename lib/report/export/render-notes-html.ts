// Reviewer notes are Markdown pasted from anywhere, so in a standalone report they are rendered
// with the same rules as the app's SafeMarkdown (components/ui/safe-markdown.tsx): raw HTML is
// shown as text, images become their alt text (a report loads nothing), and only http(s) and
// mailto links stay links. marked (already a dependency) does the Markdown; these overrides are
// the whole of the safety, and render-notes-html.test.ts feeds them the XSS spec's vectors.

import { Marked, type Tokens } from "marked";
import { escapeHtml, safeHref } from "./html-escape.ts";

const notes = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      // a block of raw HTML keeps its paragraph, as text
      return "block" in token && token.block ? `<p>${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text);
    },
    link(this: { parser: { parseInline: (tokens: Tokens.Link["tokens"]) => string } }, token: Tokens.Link): string {
      const text = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      return href ? `<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : `<span>${text}</span>`;
    },
    image(token: Tokens.Image): string {
      return escapeHtml(token.text);
    },
  },
});

export function renderNotesHtml(markdown: string): string {
  if (!markdown.trim()) return "";
  return notes.parse(markdown, { async: false });
}
