// The evaluation sets for event grouping, read from ../shared/data (never copied into the
// repository; see its README): BASIL, RPM2 and AllSides articles with their gold event labels,
// SemEval-2022 Task 8 pairs with human similarity ratings, and the five seeds with their gold.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export type Split = "dev" | "test";

export interface EvalArticle {
  id: string;
  text: string;
  headline: string | null;
  language: string;
  published: string | null;
  /** gold event */
  event: string;
  /** gold story thread (RPM2 topic), the event otherwise */
  thread: string;
}

export interface EvalPair {
  id: string;
  language: [string, string];
  texts: [string, string];
  /** 1 = very similar … 4 = very dissimilar */
  overall: number;
}

const ZArticleLine = z.object({
  id: z.string(),
  lang: z.string(),
  title: z.string().nullish(),
  text: z.string(),
  date: z.string().nullish(),
  cluster: z.string(),
  subcluster: z.string().optional(),
  split: z.enum(["dev", "test"]),
});

const ZPairLine = z.object({
  pair_id: z.string(),
  lang1: z.string(),
  lang2: z.string(),
  augmented_mt: z.boolean(),
  text1: z.string(),
  text2: z.string(),
  overall: z.number(),
  split: z.enum(["dev", "test"]),
});

export function dataDirectory(repoRoot: string): string | null {
  const directory = path.resolve(repoRoot, "../shared/data");
  return existsSync(path.join(directory, "README.md")) ? directory : null;
}

/** the lines of a JSONL file of ../shared/data, each checked with `schema` (the line number in the error) */
export function readLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path.basename(file)} line ${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** one labelled set, in publication order where dates exist (file order otherwise, as RPM2 has none) */
export function readArticles(directory: string, file: string, split: Split): EvalArticle[] {
  const articles = readLines(path.join(directory, file), ZArticleLine)
    .filter((line) => line.split === split)
    .map((line) => ({
      id: line.id,
      text: line.text,
      headline: line.title ?? null,
      language: line.lang,
      published: line.date?.slice(0, 10) ?? null,
      event: line.subcluster ?? line.cluster,
      thread: line.cluster,
    }));
  return byDate(articles);
}

/** dated articles by date (stable), then the undated ones in file order */
export function byDate(articles: EvalArticle[]): EvalArticle[] {
  const dated = articles.filter((article) => article.published).sort((a, b) => a.published!.localeCompare(b.published!));
  return [...dated, ...articles.filter((article) => !article.published)];
}

/** original pairs only: the augmented ones are one team's machine translations */
export function readPairs(directory: string, split: Split): EvalPair[] {
  return readLines(path.join(directory, "semeval2022-task8-pairs.jsonl"), ZPairLine)
    .filter((line) => line.split === split && !line.augmented_mt)
    .map((line) => ({ id: line.pair_id, language: [line.lang1, line.lang2], texts: [line.text1, line.text2], overall: line.overall }));
}

const ZEcbLine = z.object({
  doc_id: z.string(),
  topic: z.number(),
  event_cluster: z.string(),
  text: z.string(),
  split: z.enum(["train", "dev", "test"]),
});

/**
 * ECB+ documents of one split (standard split of Barhom et al. 2019): each topic holds two
 * different real-world events of the same kind; gold event = `event_cluster`, thread = topic. The
 * corpus gives no publication dates and no headlines (the first line is a sentence of the text).
 */
export function readEcbPlus(directory: string, split: Split): EvalArticle[] {
  return readLines(path.join(directory, "ecbplus-en-documents.jsonl"), ZEcbLine)
    .filter((line) => line.split === split)
    .map((line) => ({ id: `ecb:${line.doc_id}`, text: line.text, headline: null, language: "en", published: null, event: line.event_cluster, thread: `topic-${line.topic}` }));
}

const ZWmtLine = z.object({ doc_id: z.string(), seg_id: z.number(), fr: z.string(), en: z.string() });

/** dev or test by a hash of the id, for sets that come without a split (WMT14 documents) */
export function hashSplit(id: string): Split {
  return createHash("sha1").update(id).digest()[0]! % 2 === 0 ? "dev" : "test";
}

/**
 * WMT newstest2014 fr–en as a stream of articles: each document once in French and once in
 * English (its translation), the two forming one event; no dates. The stream is shuffled with a
 * fixed seed (a hash of the id) so the two versions of a document do not arrive side by side.
 * The file has no split: documents go to dev or test by a hash of their id.
 */
export function readWmtStream(directory: string, split: Split | "all"): EvalArticle[] {
  const documents = new Map<string, { fr: string[]; en: string[] }>();
  for (const line of readLines(path.join(directory, "wmt14-fr-en-pairs.jsonl"), ZWmtLine).sort((a, b) => a.seg_id - b.seg_id)) {
    const document = documents.get(line.doc_id) ?? { fr: [], en: [] };
    document.fr.push(line.fr);
    document.en.push(line.en);
    documents.set(line.doc_id, document);
  }
  const articles = [...documents].flatMap(([id, { fr, en }]) =>
    split !== "all" && hashSplit(id) !== split
      ? []
      : (["fr", "en"] as const).map((language) => {
          const [headline, ...body] = language === "fr" ? fr : en;
          return { id: `wmt:${id}:${language}`, text: body.join("\n"), headline: headline ?? null, language, published: null, event: id, thread: id };
        }),
  );
  const key = (id: string) => createHash("sha1").update(`parallax-wmt-stream:${id}`).digest("hex");
  return articles.sort((a, b) => key(a.id).localeCompare(key(b.id)));
}

/** the same articles with their publication date taken away, as a pasted text has none */
export function withoutDates(articles: EvalArticle[]): EvalArticle[] {
  return articles.map((article) => ({ ...article, published: null }));
}
