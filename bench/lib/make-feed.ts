// A large JSONL feed for the background-import benches and the fault test: the real articles of
// ../shared/data (BASIL, RPM2, AllSides; written by others, see that folder's README) repeated
// until `count` lines, each copy told apart by one added sentence naming its copy number so its
// text, and so its content hash, is its own. Without ../shared/data the repository's nine sample
// articles are used, and the caller is told. Every 500th line is broken JSON on purpose: the
// import must report it and go on.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

export interface Feed {
  file: string;
  lines: number;
  /** distinct articles the feed should give */
  articles: number;
  broken: number;
  bytes: number;
  source: string;
}

interface BaseArticle {
  text: string;
  title?: string;
  lang?: string;
}

function baseArticles(): { articles: BaseArticle[]; source: string } {
  const data = path.resolve(REPO_ROOT, "../shared/data");
  const files = ["basil-en-articles.jsonl", "rpm2-fr-articles.jsonl", "allsides-en-articles.jsonl"].map((name) => path.join(data, name));
  if (files.every((file) => existsSync(file))) {
    const articles = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as BaseArticle)
        .filter((row) => typeof row.text === "string" && row.text.length > 400),
    );
    return { articles, source: `${articles.length} real articles of ../shared/data (BASIL, RPM2, AllSides)` };
  }
  const folder = path.join(REPO_ROOT, "data", "samples");
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => ({ text: readFileSync(path.join(folder, name), "utf8") }));
  return { articles, source: `../shared/data is absent: the ${articles.length} sample articles of data/samples` };
}

export function makeFeed(file: string, count: number, options: { brokenEvery?: number } = {}): Feed {
  const brokenEvery = options.brokenEvery ?? 500;
  const { articles, source } = baseArticles();
  const lines: string[] = [];
  let broken = 0;
  for (let index = 0; index < count; index++) {
    if (brokenEvery > 0 && index % brokenEvery === brokenEvery - 1) {
      lines.push(`{"text": "a broken line, number ${index}`);
      broken += 1;
      continue;
    }
    const base = articles[index % articles.length]!;
    const copy = Math.floor(index / articles.length);
    const paragraphs = base.text.split("\n");
    const marker = base.lang === "fr" ? `(Copie de banc d'essai ${copy}, ligne ${index}.)` : `(Bench copy ${copy}, line ${index}.)`;
    paragraphs.splice(1, 0, marker);
    lines.push(JSON.stringify({ text: paragraphs.join("\n"), title: base.title, language: base.lang }));
  }
  const text = `${lines.join("\n")}\n`;
  writeFileSync(file, text);
  return { file, lines: count, articles: count - broken, broken, bytes: Buffer.byteLength(text), source };
}
