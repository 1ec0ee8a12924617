// Other articles for a database bench to hold beside what it times: `count` articles of the grown
// stream (bench/lib/events-grow.ts), grouped in memory once and stored directly in each database
// (bench/lib/stored-stream.ts). Repetition 0 is left out: it holds the real BASIL articles the
// 50-article event imports, under their real names and dates, which would draw the event's
// articles into background events; the later repetitions are other people, seven weeks apart.
import { REPO_ROOT } from "../../lib/db/migrate.ts";
import { dataDirectory, readArticles, type EvalArticle } from "./events-data.ts";
import { growStream } from "./events-grow.ts";
import { articleSignatures } from "./events-signatures.ts";
import { groupInMemory, type GroupedStream } from "./stored-stream.ts";

const SETS = { basil: "basil-en-articles.jsonl", rpm2: "rpm2-fr-articles.jsonl", allsides: "allsides-en-articles.jsonl" };

/** null, after saying so, when ../shared/data is absent */
export function groupedBackground(count: number): GroupedStream | null {
  const directory = dataDirectory(REPO_ROOT);
  if (!directory) {
    console.log(`background: ../shared/data is absent, so no background articles; the event is timed in an otherwise empty database.`);
    return null;
  }
  const started = performance.now();
  const articles: (EvalArticle & { set: string })[] = Object.entries(SETS).flatMap(([set, file]) =>
    [...readArticles(directory, file, "dev"), ...readArticles(directory, file, "test")].map((article) => ({ ...article, set })),
  );
  const signatures = articleSignatures(articles);
  const grown = growStream(
    articles.map((article) => ({ signature: signatures.get(article.id)!, set: article.set, event: `${article.set}:${article.event}` })),
    count + articles.length,
  );
  const stream = grown.filter((item) => item.repetition > 0).slice(0, count);
  const grouped = groupInMemory(stream, new Map(articles.map((article) => [article.id, article])));
  const events = new Set(grouped.decisions.map((decision) => decision.groupId)).size;
  console.log(`background: ${stream.length} articles of the grown stream in ${events} events, grouped in memory in ${((performance.now() - started) / 1000).toFixed(1)} s (signatures included)`);
  return grouped;
}
