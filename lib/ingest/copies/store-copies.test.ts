import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../tests/setup/test-db.ts";
import { indexAndLinkCopies } from "./store-copies.ts";
import { fingerprintText } from "./winnow.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const allSeeds = readdirSync(SEEDS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(path.join(SEEDS, name), "utf8"));

// Test fixtures written for this test (not real articles): a Xinhua-style wire story and another
// outlet's article that reuses its second paragraph inside its own text.
const WIRE_PARAGRAPH =
  "Senior military commanders from Russia, Iran, Syria and Iraq met on Saturday in Baghdad to discuss security cooperation and " +
  "intelligence sharing in the Middle East, where the defeated Islamic State group continues to carry out attacks, the Iraqi " +
  "Defence Ministry said in a statement.";
const WIRE =
  "BAGHDAD, Nov. 24 (Xinhua) -- Iraq hosted a quadrilateral security meeting on Saturday.\n\n" +
  `${WIRE_PARAGRAPH}\n\n` +
  "The four countries set up a joint information centre in Baghdad in 2015 to coordinate the fight against the extremist group.";
const REUSING =
  "Regional powers close ranks against IS remnants\n\n" +
  "Officials in the region have been meeting more often this autumn, and Saturday was no exception. " +
  `${WIRE_PARAGRAPH} ` +
  "Analysts say the meeting signals a deeper alignment between Moscow and Tehran, while Washington keeps its distance.";
const UNRELATED =
  "Heavy rain flooded several districts of Mosul on Sunday, cutting power to thousands of homes and closing schools across the " +
  "province, local officials said, as emergency teams worked through the night to pump water from the streets.";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});

afterAll(async () => {
  await testDb?.cleanup();
});

async function storeArticle(text: string): Promise<{ id: string; copies: number }> {
  return testDb.db.$transaction(async (tx) => {
    const { id } = await tx.article.create({
      data: { contentHash: randomUUID(), headline: text.slice(0, 40), text, wordCount: 0, metadata: {}, rawInput: text, rawFormat: "text", sourceKind: "paste" },
      select: { id: true },
    });
    return { id, copies: await indexAndLinkCopies(tx, { articleId: id, text }) };
  });
}

async function passagesOf(articleId: string) {
  return testDb.db.copiedPassage.findMany({
    where: { articleId },
    select: { start: true, end: true, sourceArticleId: true, sourceStart: true, sourceEnd: true, kind: true, similarity: true },
  });
}

describe("indexAndLinkCopies", () => {
  it("stores a wire paragraph reused by another outlet, both ways, with spans on the right text", async () => {
    const wire = await storeArticle(WIRE);
    expect(wire.copies).toBe(0);
    const reusing = await storeArticle(REUSING);
    expect(reusing.copies).toBe(1);

    const copied = WIRE_PARAGRAPH.replace(/\.$/, "");
    const [forward] = await passagesOf(reusing.id);
    expect(forward).toMatchObject({ sourceArticleId: wire.id, kind: "cross", similarity: 1 });
    expect(forward && REUSING.slice(forward.start, forward.end)).toBe(copied);
    expect(forward && WIRE.slice(forward.sourceStart, forward.sourceEnd)).toBe(copied);

    const mirrored = await passagesOf(wire.id);
    expect(mirrored).toEqual([
      { start: forward?.sourceStart, end: forward?.sourceEnd, sourceArticleId: reusing.id, sourceStart: forward?.start, sourceEnd: forward?.end, kind: "cross", similarity: 1 },
    ]);

    const stored = await testDb.db.textFingerprint.findMany({ where: { articleId: reusing.id }, select: { hash: true, offset: true }, orderBy: { offset: "asc" } });
    expect(stored).toEqual(fingerprintText(REUSING).map(({ hash, offset }) => ({ hash, offset })));
  });

  it("links nothing for an unrelated article", async () => {
    const unrelated = await storeArticle(UNRELATED);
    expect(unrelated.copies).toBe(0);
    expect(await passagesOf(unrelated.id)).toEqual([]);
  });

  it("finds a copy among more than 500 fingerprints (chunked lookup and insert)", async () => {
    const long = allSeeds.join("\n\n");
    expect(fingerprintText(long).length).toBeGreaterThan(500);
    const corpus = await storeArticle(long);
    const lastSeed = allSeeds[allSeeds.length - 1] as string;
    const paragraph = lastSeed.split(/\n\s*\n/).reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), "");
    const quoting = `Un autre média reprend ce passage mot pour mot. ${paragraph} Fin de la reprise, suivie d'un commentaire original.`;
    const copy = await storeArticle(quoting);
    expect(copy.copies).toBe(1);
    const [passage] = await passagesOf(copy.id);
    if (!passage) throw new Error("no passage stored");
    expect(passage.sourceArticleId).toBe(corpus.id);
    expect(long.slice(passage.sourceStart, passage.sourceEnd)).toBe(quoting.slice(passage.start, passage.end));
    expect(passage.end - passage.start).toBeGreaterThan(paragraph.length - 5);
    expect(await testDb.db.textFingerprint.count({ where: { articleId: corpus.id } })).toBe(fingerprintText(long).length);
  });

  it("re-indexes a changed text once the caller has cleared the old index (as restoring a removed piece does)", async () => {
    const wire = await storeArticle(`${WIRE}\n\nRe-run for the re-index test.`);
    const reusing = await storeArticle(`${REUSING}\n\nCopy for the re-index test.`);
    // Also linked to the first test's copies of the same paragraph, which share this database.
    expect(reusing.copies).toBeGreaterThanOrEqual(1);
    expect((await passagesOf(wire.id)).filter((passage) => passage.sourceArticleId === reusing.id)).toHaveLength(1);
    const rewritten = "The outlet rewrote the story entirely and no longer carries the agency paragraph, only its own reporting from the city.";
    await testDb.db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: reusing.id }, data: { text: rewritten } });
      await tx.copiedPassage.deleteMany({ where: { kind: "cross", OR: [{ articleId: reusing.id }, { sourceArticleId: reusing.id }] } });
      await tx.textFingerprint.deleteMany({ where: { articleId: reusing.id } });
      expect(await indexAndLinkCopies(tx, { articleId: reusing.id, text: rewritten })).toBe(0);
    });
    expect(await passagesOf(reusing.id)).toEqual([]);
    expect((await passagesOf(wire.id)).filter((passage) => passage.sourceArticleId === reusing.id)).toEqual([]);
    expect(await testDb.db.textFingerprint.count({ where: { articleId: reusing.id } })).toBe(fingerprintText(rewritten).length);
  });
});
