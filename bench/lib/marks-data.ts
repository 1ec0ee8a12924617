// The source articles of the perturbation benchmark (npm run eval:marks), read from ../shared/data
// (never copied into the repository): RPM2 (French), BASIL and AllSides (English), and the WMT14
// documents, French and English. The split is a hash of the source article id (events-data's
// hashSplit), so a pair is dev or test by the article it was made from, whatever the set's own split.

import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { hashSplit, readLines, type Split } from "./events-data.ts";

export type { Split };

export interface SourceArticle {
  /** the set's own id, prefixed by nothing: "rpm2_T01_C1_01", "basil_…", "allsides_5607_center" */
  id: string;
  /** "rpm2", "basil", "allsides" */
  corpus: string;
  language: string;
  title: string | null;
  text: string;
  /** ISO day when the set gives one (RPM2 gives none) */
  published: string | null;
}

export interface WmtPair {
  id: string;
  /** the language the document was written in */
  originalLanguage: string;
  french: SourceArticle;
  english: SourceArticle;
}

export const MARKS_CORPORA = [
  { corpus: "rpm2", file: "rpm2-fr-articles.jsonl" },
  { corpus: "basil", file: "basil-en-articles.jsonl" },
  { corpus: "allsides", file: "allsides-en-articles.jsonl" },
] as const;
export const WMT_PAIRS_FILE = "wmt14-fr-en-pairs.jsonl";

const ZArticleLine = z.object({ id: z.string(), lang: z.string(), title: z.string().nullish(), text: z.string(), date: z.string().nullish() });
const ZWmtLine = z.object({ doc_id: z.string(), seg_id: z.number(), original_language: z.string(), fr: z.string(), en: z.string() });

/** ../shared/data beside the repository, or null when it (or one of the files read) is absent */
export function marksDataDirectory(repoRoot: string): string | null {
  const directory = path.resolve(repoRoot, "../shared/data");
  const files = [...MARKS_CORPORA.map((entry) => entry.file), WMT_PAIRS_FILE];
  return files.every((file) => existsSync(path.join(directory, file))) ? directory : null;
}

export function readSourceArticles(directory: string, split: Split): SourceArticle[] {
  return MARKS_CORPORA.flatMap(({ corpus, file }) =>
    readLines(path.join(directory, file), ZArticleLine)
      .filter((line) => hashSplit(line.id) === split)
      .map((line) => ({ id: line.id, corpus, language: line.lang, title: line.title ?? null, text: line.text, published: line.date?.slice(0, 10) ?? null })),
  );
}

/** each WMT14 document once in French and once in English, first sentence as the headline (as events-data does) */
export function readWmtPairs(directory: string, split: Split): WmtPair[] {
  const documents = new Map<string, { original: string; fr: string[]; en: string[] }>();
  for (const line of readLines(path.join(directory, WMT_PAIRS_FILE), ZWmtLine).sort((a, b) => a.seg_id - b.seg_id)) {
    if (hashSplit(line.doc_id) !== split) continue;
    const document = documents.get(line.doc_id) ?? { original: line.original_language, fr: [], en: [] };
    document.fr.push(line.fr);
    document.en.push(line.en);
    documents.set(line.doc_id, document);
  }
  return [...documents].map(([id, { original, fr, en }]) => {
    const side = (language: "fr" | "en", sentences: string[]): SourceArticle => ({
      id: `wmt:${id}:${language}`,
      corpus: "wmt14",
      language,
      title: sentences[0] ?? null,
      text: sentences.slice(1).join("\n"),
      published: null,
    });
    return { id, originalLanguage: original, french: side("fr", fr), english: side("en", en) };
  });
}
