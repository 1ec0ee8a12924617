import { createHash } from "node:crypto";
import { AppError } from "../errors.ts";
import { cleanBlocks, segmentBlocks } from "./clean/clean-blocks.ts";
import { findInternalCopies } from "./clean/find-internal-copies.ts";
import { extractHtmlArticle, type HtmlExtraction } from "./html/extract-html-article.ts";
import { markdownToText } from "./html/markdown-to-text.ts";
import { extractMetadata } from "./metadata/extract-metadata.ts";
import type { OutletGazetteer } from "./outlets/gazetteer.ts";
import type { ArticleFlag, Block, CleanArticle, RawInput } from "./types.ts";

export interface IngestArticleOptions {
  input: RawInput;
  gazetteer: OutletGazetteer;
}

/**
 * The one ingest pipeline, pure (no I/O): every way in (paste, file, URL, JSONL line) ends here.
 * HTML goes through Readability first; every input then goes through the same text cleaner.
 */
export function ingestArticle({ input: given, gazetteer }: IngestArticleOptions): CleanArticle {
  let input = given;
  let html: HtmlExtraction | undefined;
  let blocks: Block[];
  if (input.format === "html") {
    html = extractHtmlArticle(input.text, { url: input.url });
    // The page's own title (Readability's pick: the <h1> or a cleaned <title>) is explicit metadata.
    if (!input.titleHint && html.title) input = { ...input, titleHint: html.title };
    const htmlRemoved: Block[] = html.removed.map((piece) => ({ ...piece, kept: false }));
    const cleaned = cleanBlocks(html.paragraphs, { format: "html" });
    blocks = [...cleaned, ...htmlRemoved];
  } else {
    const text = input.format === "markdown" ? markdownToText(input.text) : input.text;
    blocks = cleanBlocks(segmentBlocks(text), { format: input.format });
  }

  const text = blocks
    .filter((block) => block.kept)
    .map((block) => block.text)
    .join("\n\n");
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new AppError("NO_ARTICLE_TEXT", `${input.label}: no article text was left after removing boilerplate.`);
  }

  const { metadata, citedSources, credits } = extractMetadata({ blocks, text, input, html: html?.meta, gazetteer });
  const internalCopies = findInternalCopies(blocks, text);
  const wordCount = countWords(text);

  const flags: ArticleFlag[] = [];
  if (!metadata.outlet.value) flags.push("no-outlet");
  else if (!metadata.outlet.value.known) flags.push("unknown-outlet");
  if (metadata.headline.inferred) flags.push("derived-headline");
  if (!metadata.published.value) flags.push("no-date");
  if (wordCount < 40) flags.push("short-text");
  if (metadata.language.confidence < 0.5) flags.push("language-uncertain");

  return { input, blocks, text, metadata, citedSources, credits, internalCopies, wordCount, contentHash: hashContent(text), flags };
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Case, accents and white space do not make a new article: hash the folded text. */
export function hashContent(text: string): string {
  const folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(folded).digest("hex");
}
