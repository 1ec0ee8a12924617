// WMT newstest2014 fr–en (../shared/data/wmt14-fr-en-pairs.jsonl, never copied into the
// repository): each document as its French sentences and its English sentences, where French
// sentence i translates English sentence i. The file has no `split` field, so documents are split
// by a hash of their doc_id (the same rule as the other sets: fixed by a hash of the event id).

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export type Split = "dev" | "test";

export interface WmtDocument {
  docId: string;
  /** the language the document was written in; the other side is a translation */
  originalLanguage: string;
  french: string[];
  english: string[];
}

const ZPairLine = z.object({
  doc_id: z.string(),
  seg_id: z.number(),
  original_language: z.string(),
  fr: z.string(),
  en: z.string(),
});

export const WMT_FILE = "wmt14-fr-en-pairs.jsonl";

/** the WMT file's path, or null when ../shared/data (or the file) is absent */
export function wmtFile(repoRoot: string): string | null {
  const file = path.resolve(repoRoot, "../shared/data", WMT_FILE);
  return existsSync(file) ? file : null;
}

/** dev or test by the first byte of sha256(doc_id): a stable half-and-half split */
export function splitOf(docId: string): Split {
  return createHash("sha256").update(docId).digest()[0]! < 128 ? "dev" : "test";
}

export function readWmtDocuments(file: string, split: Split | "all"): WmtDocument[] {
  const documents = new Map<string, WmtDocument & { segments: number[] }>();
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (!line.trim()) return;
      const parsed = ZPairLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${WMT_FILE} line ${index + 1}: ${parsed.error.issues[0]?.message}`);
      const pair = parsed.data;
      if (split !== "all" && splitOf(pair.doc_id) !== split) return;
      let document = documents.get(pair.doc_id);
      if (!document) {
        document = { docId: pair.doc_id, originalLanguage: pair.original_language, french: [], english: [], segments: [] };
        documents.set(pair.doc_id, document);
      }
      document.segments.push(pair.seg_id);
      document.french.push(pair.fr);
      document.english.push(pair.en);
    });
  return [...documents.values()].map(({ segments, ...document }) => {
    // segments arrive in order in the file; say so loudly if a later copy does not
    if (segments.some((segment, index) => index > 0 && segment <= segments[index - 1]!)) throw new Error(`${WMT_FILE}: ${document.docId} segments out of order`);
    return document;
  });
}
