// PolNeAR (../shared/data/polnear-en-attributions.jsonl, never copied into the repository; no
// licence stated, evaluation only): US political news with every attribution annotated. Only the
// direct quotes are read — the words in quotation marks and the gold source (speaker) span.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const POLNEAR_FILE = "polnear-en-attributions.jsonl";

export interface DirectQuote {
  id: string;
  /** the gold source span's words: "Rep. Maria Lopez, a Democrat from Ohio", "he", "the WKRC host" */
  source: string;
  /** the quoted words as the gold content span gives them, first part only when split by a cue */
  content: string;
}

export interface PolnearArticle {
  id: string;
  title: string;
  text: string;
  published: string | null;
  quotes: DirectQuote[];
}

const ZSpanText = z.object({ text: z.string(), spans: z.array(z.tuple([z.number(), z.number()])) });
const ZLine = z.object({
  doc_id: z.string(),
  split: z.enum(["train", "dev", "test"]),
  title: z.string().nullish(),
  text: z.string(),
  publication_date: z.string().nullish(),
  attributions: z.array(z.object({ id: z.string(), source: ZSpanText.nullish(), content: ZSpanText.nullish(), content_is_direct_quote: z.boolean().nullish() })),
});

export function polnearFile(repoRoot: string): string | null {
  const file = path.resolve(repoRoot, "../shared/data", POLNEAR_FILE);
  return existsSync(file) ? file : null;
}

export function readPolnear(file: string, split: "dev" | "test"): PolnearArticle[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .flatMap((line, index) => {
      const parsed = ZLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${POLNEAR_FILE} line ${index + 1}: ${parsed.error.issues[0]?.message}`);
      const article = parsed.data;
      if (article.split !== split) return [];
      const quotes = article.attributions.flatMap((attribution) => {
        if (!attribution.content_is_direct_quote || !attribution.source?.spans.length || !attribution.content?.spans.length) return [];
        const [start, end] = attribution.source.spans[0]!;
        const [contentStart, contentEnd] = attribution.content.spans[0]!;
        return [{ id: `${article.doc_id}#${attribution.id}`, source: article.text.slice(start, end), content: article.text.slice(contentStart, contentEnd) }];
      });
      return [{ id: article.doc_id, title: article.title ?? "", text: article.text, published: article.publication_date?.slice(0, 10) ?? null, quotes }];
    });
}
