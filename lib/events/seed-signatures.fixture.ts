// The five seed articles of data/samples through ingest and buildEventSignature, for the tests:
// real French dispatches on Iranian, Iraqi, Syrian, Russian and Chinese military meetings.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ingestArticle } from "../ingest/ingest-article.ts";
import { loadGazetteer } from "../ingest/outlets/gazetteer.ts";
import { buildEventSignature } from "./build-event-signature.ts";
import type { EventSignature } from "./types.ts";

const samples = path.resolve(import.meta.dirname, "../../data/samples");

export interface SeedText {
  id: string;
  text: string;
  language: string | null;
  published: string | null;
}

export function seedTexts(): SeedText[] {
  const gazetteer = loadGazetteer();
  return readdirSync(samples)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const article = ingestArticle({ input: { sourceKind: "file", label: file, text: readFileSync(path.join(samples, file), "utf8"), format: "text" }, gazetteer });
      return { id: file.slice(0, 3), text: article.text, language: article.metadata.language.value, published: article.metadata.published.value?.iso ?? null };
    });
}

export function seedSignatures(): EventSignature[] {
  return seedTexts().map((seed) => buildEventSignature({ ...seed, headline: null }));
}
