// The publication date, from the strongest evidence available: the user's hint, the page's
// metadata, a publication line the cleaner removed ("Publié le 2017-10-18 à 22:55", "date
// 2019-06"), a year in the dateline, and last an update date (flagged inferred). Times are kept
// as the page printed them (local wall-clock time), without converting time zones.

import { matchMetadataLine } from "../clean/match-metadata-line.ts";
import { parseDateText } from "../clean/parse-date-text.ts";
import type { Block, Evidence, MetadataField, PublishedDate } from "../types.ts";
import type { Dateline } from "./find-dateline.ts";
import type { HtmlMeta } from "./extract-metadata.ts";

export interface ExtractPublishedOptions {
  blocks: Block[];
  publishedHint?: string;
  html?: HtmlMeta;
  dateline: Dateline | null;
}

interface Candidate {
  date: PublishedDate;
  evidence: Evidence;
  method: string;
  confidence: number;
  inferred?: boolean;
}

export function extractPublished({ blocks, publishedHint, html, dateline }: ExtractPublishedOptions): MetadataField<PublishedDate> {
  const candidate =
    fromString(publishedHint, { where: "user" }, "user", 1) ??
    fromString(html?.publishedTime, { where: "html-meta" }, "html-meta", 0.95) ??
    fromRemovedLines(blocks, ["publication"], "publication-line", 0.9) ??
    fromRemovedLines(blocks, ["date"], "date-line", 0.8) ??
    fromDateline(dateline) ??
    fromString(html?.modifiedTime, { where: "html-meta" }, "html-meta-modified", 0.5, true) ??
    fromRemovedLines(blocks, ["update"], "update-line", 0.5, true);
  if (!candidate) return { value: null, evidence: [], confidence: 0, inferred: false, method: "none" };
  return {
    value: candidate.date,
    evidence: [candidate.evidence],
    confidence: candidate.confidence,
    inferred: candidate.inferred ?? false,
    method: candidate.method,
  };
}

function fromString(
  value: string | undefined,
  where: Pick<Evidence, "where">,
  method: string,
  confidence: number,
  inferred = false,
): Candidate | null {
  if (!value?.trim()) return null;
  const date = parseDateText(value.trim());
  if (!date) return null;
  return { date: { iso: date.iso, precision: date.precision }, evidence: { quote: value, ...where }, method, confidence, inferred };
}

function fromRemovedLines(blocks: Block[], kinds: string[], method: string, confidence: number, inferred = false): Candidate | null {
  for (const [position, block] of blocks.entries()) {
    if (block.kept || block.reason !== "metadata-line") continue;
    const line = matchMetadataLine(block.text);
    if (!line || !kinds.includes(line.kind)) continue;
    const date = parseDateText(block.text);
    if (!date) continue;
    return {
      date: { iso: date.iso, precision: date.precision },
      evidence: { quote: block.text.slice(0, date.end).trim(), where: "removed", position, start: 0, end: date.end },
      method,
      confidence,
      inferred,
    };
  }
  return null;
}

/** "NEW YORK, June 3, 2019 (Reuters)": only a dateline with a year places the article in time */
function fromDateline(dateline: Dateline | null): Candidate | null {
  if (!dateline || !/\b(?:19|20)\d{2}\b/.test(dateline.value)) return null;
  const date = parseDateText(dateline.value);
  if (!date) return null;
  return {
    date: { iso: date.iso, precision: date.precision },
    evidence: { quote: dateline.value, where: "text", start: dateline.start, end: dateline.end },
    method: "dateline",
    confidence: 0.8,
  };
}
