import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../ingest/ingest-article.ts";
import { loadGazetteer } from "../ingest/outlets/gazetteer.ts";
import { buildEventSignature, buildEventSignatures } from "./build-event-signature.ts";
import { describeGrouping } from "./describe-grouping.ts";
import { createEventGrouper } from "./group-events.ts";
import { compareSignatures } from "./score-similarity.ts";
import type { EventSignature } from "./types.ts";

// Three undated pastes written for the tests (data/eval/grouping-fixtures/README.md): a French and
// an English report of one meeting of a joint commission, and an English report of an earlier
// meeting of the same commission elsewhere.
const FIXTURES = path.resolve(import.meta.dirname, "../../data/eval/grouping-fixtures");
const FILES = ["commission-amman-fr.txt", "commission-amman-en.txt", "commission-baghdad-en.txt"];

function signatures(render: boolean): EventSignature[] {
  const gazetteer = loadGazetteer();
  const articles = FILES.map((file) => {
    const article = ingestArticle({ input: { sourceKind: "paste", label: file, text: readFileSync(path.join(FIXTURES, file), "utf8"), format: "text" }, gazetteer });
    return { id: file, text: article.text, headline: article.metadata.headline.value, language: article.metadata.language.value, published: article.metadata.published.value?.iso ?? null };
  });
  return render ? buildEventSignatures(articles) : articles.map((article) => buildEventSignature(article));
}

describe("French and English reports of one meeting, and an earlier meeting of the same body, all undated", () => {
  it("are read undated, in their languages", () => {
    expect(signatures(false).map((signature) => [signature.language, signature.published])).toEqual([
      ["fr", null],
      ["en", null],
      ["en", null],
    ]);
  });

  it("the French article's rendering brings the two reports of the Amman meeting together, and the words they share are named", () => {
    const grouper = createEventGrouper();
    const [french, english, earlier] = signatures(true).map((signature) => grouper.add(signature));
    expect(english!.groupId).toBe(french!.groupId);
    expect(english!.joined).toBe(true);
    // the rendering's English words and the names' spelling-free keys, not French stems
    expect(english!.explanation.sharedTerms.join(" ")).toMatch(/refinery|barrels|customs|crude/i);
    // the ministers' names, spelt two ways, meet on their spelling-free keys
    const [frenchSignature, englishSignature] = signatures(true);
    expect(compareSignatures(frenchSignature!, englishSignature!).sharedTerms).toEqual(expect.arrayContaining(["name~shamal", "name~ghurair"]));
    expect(earlier!.groupId).not.toBe(french!.groupId);
    expect(earlier!.related).toContain(french!.groupId);
  });

  it("the translated words come from the rendering: without it the pair meets only on names, figures and places", () => {
    const shared = (render: boolean) => {
      const [french, english] = signatures(render);
      return compareSignatures(french!, english!).sharedTerms;
    };
    expect(shared(true)).toEqual(expect.arrayContaining(["oil", "custom", "refineri"]));
    expect(shared(false)).not.toEqual(expect.arrayContaining(["oil"]));
    expect(shared(false)).not.toEqual(expect.arrayContaining(["custom"]));
  });

  it("the earlier meeting's decision reads as kept apart, in words", () => {
    const grouper = createEventGrouper();
    const results = signatures(true).map((signature) => grouper.add(signature));
    const earlier = results[2]!;
    const { sentence } = describeGrouping({
      articleId: FILES[2]!,
      headline: "",
      outlet: null,
      publishedAt: null,
      language: "en",
      url: null,
      score: earlier.score,
      decidedBy: earlier.explanation.decidedBy,
      pinned: false,
      explanation: earlier.explanation,
      closestHeadline: "Amman report",
      closestEventId: results[0]!.groupId,
    });
    expect(sentence).toMatch(/^Started its own event\. Kept apart from the nearest article: /);
  });
});
