import { readFileSync } from "node:fs";
import { ingestArticle } from "/work/main/lib/ingest/ingest-article.ts";
import { loadGazetteer } from "/work/main/lib/ingest/outlets/gazetteer.ts";
import { analyseArticle } from "/work/main/lib/nlp/analyse-article.ts";
import { buildClaims } from "/work/main/lib/claims/build-claims.ts";
import { alignClaims } from "/work/main/lib/claims/align/align-claims.ts";
const gazetteer = loadGazetteer();
const files = process.argv.slice(2);
const articles = files.map((file, i) => {
  const a = ingestArticle({ input: { sourceKind: "file", label: file, text: readFileSync(file, "utf8").split("\n").filter((l) => !l.startsWith("#")).join("\n"), format: "text" }, gazetteer });
  const language = a.metadata.language.value; const published = a.metadata.published.value?.iso ?? null;
  const analysis = analyseArticle({ text: a.text, language, published });
  const claims = buildClaims({ text: a.text, language, published, analysis, citedSources: a.citedSources, gazetteer });
  return { id: `a${i}`, headline: a.metadata.headline.value ?? "", outlet: a.metadata.outlet.value ? { slug: a.metadata.outlet.value.slug, name: a.metadata.outlet.value.name } : null, language, published, url: null, text: a.text, claims };
});
const c = alignClaims(articles as never);
console.log(c.columns.map((x) => x.outlet).join(" | "));
for (const r of c.rows) console.log(r.mark.padEnd(8), r.label.slice(0, 50).padEnd(50), r.cells.map((x) => x.values.map((v) => v.label).join(",").slice(0, 30) || "—").join(" | "), "\n          ", r.explanation.slice(0, 200));
