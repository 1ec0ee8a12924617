import { Lexer, type Token } from "marked";

/** Markdown → plain paragraphs via marked's lexer: headings, list items and quotes become lines of text. */
export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "space" || token.type === "hr" || token.type === "html") continue;
      if (token.type === "list") {
        for (const item of token.items) blocks.push(inline(item.tokens ?? []).trim());
      } else if (token.type === "blockquote") {
        walk(token.tokens ?? []);
      } else if ("tokens" in token && Array.isArray(token.tokens)) {
        blocks.push(inline(token.tokens).trim());
      } else if ("text" in token && typeof token.text === "string") {
        blocks.push(token.text.trim());
      }
    }
  };
  walk(Lexer.lex(markdown));
  return blocks.filter(Boolean).join("\n\n");
}

function inline(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === "image" || token.type === "html") return "";
      if ("tokens" in token && Array.isArray(token.tokens)) return inline(token.tokens);
      return "text" in token && typeof token.text === "string" ? token.text : token.raw;
    })
    .join("");
}
