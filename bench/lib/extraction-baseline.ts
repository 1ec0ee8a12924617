// The baseline the eval prints beside our extractor: the same parser and the same block walk
// over Readability's article, with no cleaning pass and no fallback.
import { collectTextBlocks } from "../../lib/ingest/html/collect-text-blocks.ts";
import { parseHtmlDocument } from "../../lib/ingest/html/parse-html-document.ts";
import { runReadability } from "../../lib/ingest/html/run-readability.ts";

export function extractReadabilityOnly(html: string): string[] {
  const article = runReadability(parseHtmlDocument(html).document);
  return article ? collectTextBlocks(article.content).map((block) => block.text) : [];
}
