// One file through the same path as `parallax claims <file>`: ingest in memory, analyse, build
// claim slots. Lines starting with "#" at the top of a fixture are its provenance header (who
// wrote it and why), not article text.

import { readFileSync } from "node:fs";
import path from "node:path";
import { buildClaims } from "../../lib/claims/build-claims.ts";
import type { ArticleClaims } from "../../lib/claims/types.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import type { CleanArticle } from "../../lib/ingest/types.ts";
import type { OutletGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { analyseArticle } from "../../lib/nlp/analyse-article.ts";

/** the outlet the article states (dateline, footer, page); one guessed from a cited agency is not its own */
export function ownOutlet(article: CleanArticle): string | null {
  const outlet = article.metadata.outlet;
  return outlet.value && !outlet.inferred ? outlet.value.slug : null;
}

export function claimsForFile(file: string, gazetteer: OutletGazetteer): ArticleClaims {
  const raw = readFileSync(file, "utf8").replace(/^(?:#[^\n]*\n)+\s*/, "");
  const article = ingestArticle({ input: { sourceKind: "file", label: path.basename(file), text: raw, format: "text" }, gazetteer });
  const options = { text: article.text, language: article.metadata.language.value, published: article.metadata.published.value?.iso ?? null };
  return buildClaims({ ...options, articleId: path.basename(file), analysis: analyseArticle(options), citedSources: article.citedSources, gazetteer, outlet: ownOutlet(article) });
}
