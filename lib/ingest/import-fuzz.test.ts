import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { importInputs } from "./import-inputs.ts";
import type { InputSource } from "./read/read-source.ts";

// Issue 9's fuzz test of ingest: 10,000 generated malformed inputs (random bytes, broken HTML,
// mixed encodings, huge lines, deep nesting, JSONL with broken lines) through the real import on a
// real database. Never a crash; every rejection a clear error (a known code, never INTERNAL, and a
// message naming the input); and when an input is rejected, no article data changes. The import
// run and its items are written either way: they are the record of what was refused.
const RUNS = Number(process.env.PARALLAX_FUZZ_RUNS ?? 10_000);
const MAX_BYTES = 64 * 1024;

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
});

const encoder = new TextEncoder();
const words = fc.constantFrom("Téhéran", "Bagdad", "ministre", "le", "the", "said", "Damas", "«", "»", "—", "2,000", "jeudi", "\u0000", "\uFFFD", "\u202E", "&amp;", "&#x0;", "&bogus;", "]]>", "<!--", "-->", "\r", "\t");
const tags = fc.constantFrom("<div>", "</div>", "<p>", "</p", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<a href='javascript:alert(1)'>", "<article>", "<h1>", "</h1>", "<title>", "<meta charset=latin1>", "<![CDATA[", "<!DOCTYPE html>", "<style>*{}</style>", "<", ">", "</", "<table><tr><td>", "<iframe src=//x>");
const name = (extensions: string[]) => fc.tuple(fc.stringMatching(/^[a-z0-9_-]{1,12}$/), fc.constantFrom(...extensions)).map(([base, ext]) => `${base}${ext}`);

const randomBytes = fc.record({ name: name([".txt", ".html", ".md", ".jsonl", ".bin", ".pdf", ""]), bytes: fc.uint8Array({ maxLength: 4096 }) });
const brokenHtml = fc.record({
  name: name([".html", ".htm"]),
  bytes: fc.array(fc.oneof(tags, words, fc.string({ maxLength: 30 })), { maxLength: 200 }).map((parts) => encoder.encode(parts.join(" "))),
});
const mixedEncodings = fc.record({
  name: name([".txt", ".md", ".html"]),
  bytes: fc.array(fc.tuple(fc.array(words, { minLength: 1, maxLength: 20 }), fc.constantFrom("utf8", "latin1", "utf16le")), { minLength: 1, maxLength: 8 }).map((chunks) => {
    const buffers = chunks.map(([parts, encoding]) => Buffer.from(parts.join(" "), encoding as BufferEncoding));
    return new Uint8Array(Buffer.concat(buffers));
  }),
});
const hugeLine = fc.record({
  name: name([".txt", ".md", ".jsonl"]),
  bytes: fc.tuple(fc.integer({ min: 20_000, max: MAX_BYTES + 4096 }), fc.constantFrom("a", "é", " ", "<", "{")).map(([length, unit]) => encoder.encode(unit.repeat(length))),
});
const deepNesting = fc.record({
  name: name([".html"]),
  bytes: fc.tuple(fc.integer({ min: 200, max: 5000 }), fc.constantFrom("div", "span", "b", "table", "ul")).map(([depth, tag]) => encoder.encode(`<html><body>${`<${tag}>`.repeat(depth)}Téhéran le ministre a dit${`</${tag}>`.repeat(Math.floor(depth / 2))}`)),
});
const jsonlLine = fc.oneof(
  fc.record({ text: fc.array(words, { maxLength: 60 }).map((parts) => parts.join(" ")), title: fc.option(fc.string({ maxLength: 40 })), outlet: fc.option(fc.constantFrom("Press TV", "Nowhere Daily", "", "<script>")), date: fc.option(fc.constantFrom("2026-03-10", "yesterday", "2026-13-45", "")) }).map((row) => JSON.stringify(row)),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 80 }),
  fc.constantFrom('{"text": "unterminated', "{}", "[]", "null", '{"text": 42}', '{"text": ""}', "\u0000", ","),
);
const brokenJsonl = fc.record({ name: name([".jsonl"]), bytes: fc.array(jsonlLine, { maxLength: 12 }).map((lines) => encoder.encode(lines.join("\n"))) });
const paste = fc.array(fc.oneof(words, tags, fc.string({ maxLength: 20 })), { maxLength: 80 }).map((parts) => ({ paste: parts.join(" ") }));

const input = fc.oneof(randomBytes, brokenHtml, mixedEncodings, hugeLine, deepNesting, brokenJsonl, paste);

async function articleData(): Promise<number[]> {
  const db = testDb.db;
  return Promise.all([db.article.count(), db.outlet.count(), db.removedPiece.count(), db.copiedPassage.count(), db.textFingerprint.count()]);
}

describe("ingest under 10,000 malformed inputs", () => {
  it("never crashes, rejects with clear errors, and leaves article data alone when it rejects", { timeout: 1_200_000 }, async () => {
    const tally = { imported: 0, duplicates: 0, rejected: 0 };
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(input, async (generated) => {
        const source: InputSource = "paste" in generated ? { kind: "paste", text: generated.paste } : { kind: "bytes", name: generated.name, bytes: generated.bytes };
        const before = await articleData();
        const summary = await importInputs(testDb.db, [source], { origin: "cli", maxBytes: MAX_BYTES });
        tally.imported += summary.imported;
        tally.duplicates += summary.duplicates;
        tally.rejected += summary.rejected;
        for (const item of summary.items) {
          if (item.status !== "rejected") continue;
          codes.set(item.errorCode ?? "none", (codes.get(item.errorCode ?? "none") ?? 0) + 1);
          expect(item.errorCode).toBeDefined();
          expect(item.errorCode).not.toBe("INTERNAL");
          expect(item.message?.length ?? 0).toBeGreaterThan(10);
        }
        if (summary.imported === 0) expect(await articleData()).toEqual(before);
      }),
      { numRuns: RUNS, seed: Number(process.env.PARALLAX_FUZZ_SEED ?? 20261201) },
    );
    console.log(`fuzz: ${RUNS} inputs → ${tally.imported} imported, ${tally.duplicates} duplicates, ${tally.rejected} rejected (${[...codes].map(([code, count]) => `${code} ${count}`).join(", ")})`);
    expect(tally.rejected).toBeGreaterThan(RUNS / 10);
  });
});
