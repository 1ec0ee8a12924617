// Metadata of one cleaned article: headline, outlet, publication date, dateline and language,
// each with the evidence that settled it, plus the sources the text cites and the photo credits
// of its removed captions. Pure: everything comes in through the options.

import { keptBlockOffsets } from "../clean/kept-block-offsets.ts";
import type { OutletGazetteer } from "../outlets/gazetteer.ts";
import type { ArticleMetadata, Block, CitedSource, Credit, MetadataField, RawInput } from "../types.ts";
import { detectLanguage } from "./detect-language.ts";
import { extractCitedSources } from "./extract-cited-sources.ts";
import { extractCredits } from "./extract-credits.ts";
import { extractHeadline } from "./extract-headline.ts";
import { extractOutlet } from "./extract-outlet.ts";
import { extractPublished } from "./extract-published.ts";
import { findDateline, type Dateline } from "./find-dateline.ts";

import type { HtmlMeta } from "../html/extract-html-meta.ts";

/** What an HTML page says about itself (<meta> tags, JSON-LD), as the HTML extractor reads it. */
export type { HtmlMeta };

export interface ExtractMetadataOptions {
  blocks: Block[];
  text: string;
  input: RawInput;
  html?: HtmlMeta;
  gazetteer: OutletGazetteer;
}

export interface ExtractedMetadata {
  metadata: ArticleMetadata;
  citedSources: CitedSource[];
  credits: Credit[];
}

/** a dateline opens one of the first paragraphs (the first may be the headline) */
const DATELINE_SEARCH_BLOCKS = 3;

export function extractMetadata({ blocks, text, input, html, gazetteer }: ExtractMetadataOptions): ExtractedMetadata {
  const dateline = findFirstDateline(blocks);
  const found = extractCitedSources(text, gazetteer);
  const recipients = found.filter((item) => item.attribution === "recipient").map(({ source }) => source);
  const metadata: ArticleMetadata = {
    headline: extractHeadline({ blocks, text, input, dateline }),
    outlet: extractOutlet({ input, blocks, html, dateline, gazetteer, recipients }),
    published: extractPublished({ blocks, publishedHint: input.publishedHint, html, dateline, url: input.url ?? html?.canonicalUrl }),
    dateline: datelineField(dateline),
    language: detectLanguage(text, { hint: input.languageHint, pageLanguage: html?.lang }),
  };
  return { metadata, citedSources: found.map(({ source }) => source), credits: extractCredits(blocks, gazetteer) };
}

function findFirstDateline(blocks: Block[]): Dateline | null {
  const offsets = keptBlockOffsets(blocks);
  for (const [position, offset] of [...offsets.entries()].slice(0, DATELINE_SEARCH_BLOCKS)) {
    const dateline = findDateline(blocks[position]!.text, offset);
    if (dateline) return dateline;
  }
  return null;
}

function datelineField(dateline: Dateline | null): MetadataField<string> {
  if (!dateline) return { value: null, evidence: [], confidence: 0, inferred: false, method: "none" };
  return {
    value: dateline.value,
    evidence: [{ quote: dateline.value, where: "text", start: dateline.start, end: dateline.end }],
    confidence: dateline.agency ? 0.9 : 0.75,
    inferred: false,
    method: dateline.agency ? "dateline-with-agency" : "dateline",
  };
}
