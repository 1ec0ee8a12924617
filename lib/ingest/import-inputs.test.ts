import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../db/migrate.ts";
import { importInputs, type ImportSummary } from "./import-inputs.ts";
import type { InputSource } from "./read/read-source.ts";

// Every bad input of issue 3, through the same entry point as the CLI and the import page, on a
// real database. A rejected input must leave every table exactly as it was.

const SAMPLES = path.join(REPO_ROOT, "data", "samples");
const seed = (name: string) => readFileSync(path.join(SAMPLES, name));
const bytes = (name: string, content: string | Uint8Array): InputSource => ({
  kind: "bytes",
  name,
  bytes: typeof content === "string" ? new TextEncoder().encode(content) : content,
});

let test: TestDb;

async function snapshot() {
  const { db } = test;
  const [articles, outlets, removed, copies, fingerprints] = await Promise.all([
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, contentHash: true, text: true, headline: true, rawInput: true } }),
    db.outlet.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true } }),
    db.removedPiece.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, restored: true } }),
    db.copiedPassage.findMany({ orderBy: { id: "asc" }, select: { id: true, start: true, end: true } }),
    db.textFingerprint.count(),
  ]);
  // the search index: FTS5's own table on SQLite, the generated tsvector column on PostgreSQL
  const search = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
    test.provider === "postgresql" ? `SELECT count(*) AS "n" FROM "articles" WHERE "search" IS NOT NULL` : `SELECT count(*) AS "n" FROM article_search`,
  );
  return { articles, outlets, removed, copies, fingerprints, search: Number(search[0]?.n) };
}

async function importOne(source: InputSource, maxBytes?: number): Promise<ImportSummary> {
  return importInputs(test.db, [source], { origin: "cli", maxBytes });
}

beforeAll(async () => {
  test = await createTestDb();
  const summary = await importInputs(test.db, [{ kind: "path", path: SAMPLES }], { origin: "cli" });
  expect(summary.imported).toBeGreaterThanOrEqual(5);
});

afterAll(async () => {
  await test.cleanup();
});

describe("rejected inputs leave the database unchanged", () => {
  const cases: { name: string; source: () => InputSource; maxBytes?: number; code: string; message: string }[] = [
    { name: "empty file", source: () => bytes("empty.txt", ""), code: "EMPTY_INPUT", message: "empty.txt is empty." },
    { name: "white space only", source: () => bytes("blank.txt", " \n\t\n  \u00a0 "), code: "EMPTY_INPUT", message: "blank.txt contains only white space." },
    {
      name: "binary (PNG)",
      source: () => bytes("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
      code: "BINARY_INPUT",
      message: "photo.txt looks like a PNG image, not text. Save the article as .txt or .html, or paste its text.",
    },
    {
      name: "over the size cap",
      source: () => bytes("big.txt", "Le ministre a déclaré jeudi que la coopération continuera. ".repeat(40)),
      maxBytes: 1000,
      code: "TOO_LARGE",
      message: "big.txt is 2.4 KB, over the 1000 bytes limit. To accept it, set PARALLAX_MAX_INPUT_BYTES to a larger number of bytes.",
    },
    { name: "unsupported type", source: () => bytes("report.pdf", "%PDF-1.7"), code: "UNSUPPORTED_TYPE", message: "report.pdf" },
    { name: "HTML with no article text", source: () => bytes("menu.html", "<html><body><nav><a href='/'>Accueil</a></nav></body></html>"), code: "NO_ARTICLE_TEXT", message: "menu.html" },
    { name: "empty paste", source: () => ({ kind: "paste", text: "   \n  " }), code: "EMPTY_INPUT", message: "is empty." },
  ];

  for (const testCase of cases) {
    it(`${testCase.name} → ${testCase.code}`, async () => {
      const before = await snapshot();
      const summary = await importOne(testCase.source(), testCase.maxBytes);
      expect(summary.imported).toBe(0);
      expect(summary.rejected).toBe(1);
      const [item] = summary.items;
      expect(item?.errorCode).toBe(testCase.code);
      expect(item?.message).toContain(testCase.message);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("a duplicate is reported with the stored article, and nothing is added", async () => {
    const before = await snapshot();
    const summary = await importOne(bytes("again.txt", seed("004_f195220d0e5b627c.txt")));
    expect(summary.items[0]?.status).toBe("duplicate");
    expect(summary.items[0]?.duplicateOfId).toBe(before.articles.find((article) => article.rawInput.includes("DAMAS, 18 octobre"))?.id);
    expect(await snapshot()).toEqual(before);
  });

  it("a JSONL file imports its good lines and reports each bad line by number", async () => {
    const before = await snapshot();
    const feed = [
      JSON.stringify({ text: "BAGHDAD, June 15 (Example Wire) - Officers from four countries met in Baghdad on Saturday to discuss intelligence sharing, the ministry said in a statement on its website.", outlet: "Example Wire" }),
      "{not json",
      JSON.stringify({ title: "no body" }),
      "",
      JSON.stringify({ text: 42 }),
    ].join("\n");
    const summary = await importOne(bytes("feed.jsonl", feed));
    expect(summary.items.map((item) => [item.label, item.status, item.errorCode ?? null])).toEqual([
      ["feed.jsonl line 1", "imported", null],
      ["feed.jsonl line 2", "rejected", "INVALID_JSONL_LINE"],
      ["feed.jsonl line 3", "rejected", "INVALID_JSONL_LINE"],
      ["feed.jsonl line 5", "rejected", "INVALID_JSONL_LINE"],
    ]);
    expect(summary.items[2]?.message).toBe("feed.jsonl line 3: missing `text` or `html`");
    const after = await snapshot();
    expect(after.articles.length).toBe(before.articles.length + 1);
    // the earlier articles are untouched
    expect(after.articles.filter((article) => before.articles.some((old) => old.id === article.id))).toEqual(before.articles);
  });
});

describe("inputs that are imported safely", () => {
  it("Latin-1 / Windows-1252 bytes are decoded: Téhéran survives", async () => {
    const latin1 = Uint8Array.from(Buffer.from("Le ministre s\u2019est rendu à Téhéran mercredi pour des entretiens sur la sécurité régionale avec ses homologues iraniens.", "latin1").map((byte) => (byte === 0x19 ? 0x92 : byte)));
    const summary = await importOne(bytes("latin1.txt", latin1));
    expect(summary.items[0]?.status).toBe("imported");
    const article = await test.db.article.findUniqueOrThrow({ where: { id: summary.items[0]!.articleId! }, select: { text: true, rawEncoding: true } });
    expect(article.text).toContain("Téhéran");
    expect(article.text).toContain("s\u2019est");
    expect(article.rawEncoding).toBe("windows-1252");
  });

  it("UTF-8 with a BOM loses the BOM and keeps the accents", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Pékin et Téhéran ont signé jeudi un accord de coopération militaire, a annoncé le ministère chinois de la Défense.")]);
    const summary = await importOne(bytes("bom.txt", withBom));
    const article = await test.db.article.findUniqueOrThrow({ where: { id: summary.items[0]!.articleId! }, select: { text: true } });
    expect(article.text.startsWith("Pékin")).toBe(true);
  });

  it("malformed HTML with script, onerror and javascript: links keeps only text", async () => {
    const html = `<html><head><script>alert('x')</script></head><body><article><h1>Visite à Damas</h1>
      <p>Le général iranien est arrivé mercredi à Damas pour des entretiens avec son homologue syrien sur la coopération militaire <img src=x onerror="alert(1)">entre les deux armées.
      <p>Selon l'agence SANA, les deux hommes ont discuté <a href="javascript:alert(2)">de la lutte contre le terrorisme</a> et des menaces communes qui pèsent sur la région.
      <div><b>non fermé</article>`;
    const summary = await importOne(bytes("broken.html", html));
    expect(summary.items[0]?.status).toBe("imported");
    const article = await test.db.article.findUniqueOrThrow({ where: { id: summary.items[0]!.articleId! }, select: { text: true, rawInput: true } });
    expect(article.text).toContain("Le général iranien est arrivé mercredi à Damas");
    expect(article.text).toContain("de la lutte contre le terrorisme");
    expect(article.text).not.toMatch(/<|alert\(|javascript:|onerror/);
    expect(article.rawInput).toBe(html);
  });

  it("an unknown outlet is kept and flagged", async () => {
    const summary = await importInputs(
      test.db,
      [bytes("unknown.txt", "Le Courrier de l'Oronte rapporte que des délégations militaires se sont réunies samedi à Bagdad pour discuter de sécurité régionale.")],
      { origin: "cli", outletHint: "Le Courrier de l'Oronte" },
    );
    const article = await test.db.article.findUniqueOrThrow({
      where: { id: summary.items[0]!.articleId! },
      select: { outletUnknown: true, flags: true, outlet: { select: { name: true, inGazetteer: true } } },
    });
    expect(article.outletUnknown).toBe(true);
    expect(article.flags).toContain("unknown-outlet");
    expect(article.outlet).toEqual({ name: "Le Courrier de l'Oronte", inGazetteer: false });
  });
});
