// Real articles for the claims benchmark, read in place from ../shared/data (never copied into
// the repository): BASIL and AllSides (English), RPM2 (French) and the original (not machine-
// translated) SemEval-2022 Task 8 texts in their seven languages, kept when full-length.
// Validated line by line.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export interface BenchArticle {
  text: string;
  language: string | null;
}

const ZArticleLine = z.object({ text: z.string(), lang: z.string().optional() });
const ZPairLine = z.object({ id1: z.string(), id2: z.string(), text1: z.string(), text2: z.string(), lang1: z.string().optional(), lang2: z.string().optional(), augmented_mt: z.boolean() });

export function sharedDataDir(repositoryRoot: string): string {
  return path.resolve(repositoryRoot, "../shared/data");
}

/**
 * Full-length articles only: AllSides texts are ~570-character excerpts and many SemEval texts
 * are cut to head + tail, which would flatter a per-article speed figure.
 */
export const MIN_ARTICLE_CHARS = 1500;

export function loadBenchArticles(dataDir: string): BenchArticle[] {
  if (!existsSync(dataDir)) throw new Error(`${dataDir} not found: the claims benchmark reads real articles from ../shared/data next to the repository.`);
  const articles: BenchArticle[] = [];
  for (const name of ["basil-en-articles.jsonl", "rpm2-fr-articles.jsonl", "allsides-en-articles.jsonl"]) {
    for (const [index, line] of lines(path.join(dataDir, name))) {
      const row = parse(ZArticleLine, line, name, index);
      if (row.text.trim()) articles.push({ text: row.text, language: row.lang ?? null });
    }
  }
  const seen = new Set<string>();
  const name = "semeval2022-task8-pairs.jsonl";
  for (const [index, line] of lines(path.join(dataDir, name))) {
    const pair = parse(ZPairLine, line, name, index);
    if (pair.augmented_mt) continue;
    for (const [id, text, language] of [[pair.id1, pair.text1, pair.lang1], [pair.id2, pair.text2, pair.lang2]] as const) {
      if (seen.has(id) || !text.trim()) continue;
      seen.add(id);
      articles.push({ text, language: language ?? null });
    }
  }
  return articles.filter((article) => article.text.length >= MIN_ARTICLE_CHARS);
}

function lines(file: string): Array<[number, string]> {
  if (!existsSync(file)) throw new Error(`${file} not found in ../shared/data.`);
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, index): [number, string] => [index + 1, line])
    .filter(([, line]) => line.trim() !== "");
}

function parse<T>(schema: z.ZodType<T>, line: string, file: string, index: number): T {
  const parsed = schema.safeParse(JSON.parse(line));
  if (!parsed.success) throw new Error(`${file} line ${index}: ${parsed.error.message}`);
  return parsed.data;
}
