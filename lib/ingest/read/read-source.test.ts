import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSourceFiles, readSource, type InputSource, type ReadOptions, type SourceItem } from "./read-source.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const seed002 = readFileSync(path.join(SEEDS, "002_2e248bc0dc966fa8.txt"), "utf8");

async function readAll(source: InputSource, options?: ReadOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSource(source, options)) items.push(item);
  return items;
}

function summary(items: SourceItem[]) {
  return items.map((item) => (item.ok ? { ok: item.input.label, format: item.input.format } : { failed: item.label, code: item.error.code, message: item.error.message }));
}

describe("readSource: paste", () => {
  it("keeps pasted text as text, with its hint", async () => {
    const [item] = await readAll({ kind: "paste", text: seed002, outletHint: "Le Point" });
    expect(item).toEqual({ ok: true, input: { sourceKind: "paste", label: "pasted text", text: seed002, format: "text", outletHint: "Le Point" } });
  });

  it("treats a pasted page source as HTML unless a format is given", async () => {
    const page = "<!DOCTYPE html><html><body><p>Bagdad</p></body></html>";
    expect(summary(await readAll({ kind: "paste", text: page }))).toEqual([{ ok: "pasted text", format: "html" }]);
    expect(summary(await readAll({ kind: "paste", text: page, format: "text" }))).toEqual([{ ok: "pasted text", format: "text" }]);
    const fragment = '<div class="story"><h1>EI</h1><p>Bagdad, samedi.</p><p>Suite <a href="/x">ici</a>.</p></div>';
    expect(summary(await readAll({ kind: "paste", text: fragment }))[0]).toMatchObject({ format: "html" });
    const mention = "Le code <p> n'est qu'un exemple cité dans un article sur le HTML.";
    expect(summary(await readAll({ kind: "paste", text: mention }))[0]).toMatchObject({ format: "text" });
  });

  it("refuses empty, whitespace-only, binary and oversize pastes", async () => {
    expect(summary(await readAll({ kind: "paste", text: "", label: "collé" }))).toEqual([{ failed: "collé", code: "EMPTY_INPUT", message: "collé is empty." }]);
    expect(summary(await readAll({ kind: "paste", text: " \n \u00a0\t" }))[0]).toMatchObject({ code: "EMPTY_INPUT" });
    expect(summary(await readAll({ kind: "paste", text: "a\u0000b" }))[0]).toMatchObject({ code: "BINARY_INPUT" });
    expect(summary(await readAll({ kind: "paste", text: "é".repeat(60) }, { maxBytes: 100 }))[0]).toMatchObject({
      code: "TOO_LARGE",
      message: expect.stringContaining("pasted text is 120 bytes, over the 100 bytes limit"),
    });
  });
});

describe("readSource: uploaded bytes", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("picks the format from the extension", async () => {
    const names = ["a.txt", "b.md", "c.markdown", "d.html", "e.HTM"];
    const items = await Promise.all(names.map((name) => readAll({ kind: "bytes", name, bytes: bytes("Bagdad, samedi.") })));
    expect(items.flat().map((item) => item.ok && item.input.format)).toEqual(["text", "markdown", "markdown", "html", "html"]);
    expect(items.flat().every((item) => item.ok && item.input.sourceKind === "file" && item.input.encoding === "utf-8")).toBe(true);
  });

  it("refuses other types, naming the ones it reads", async () => {
    expect(summary(await readAll({ kind: "bytes", name: "rapport.pdf", bytes: bytes("%PDF-1.4") }))).toEqual([
      {
        failed: "rapport.pdf",
        code: "UNSUPPORTED_TYPE",
        message: "rapport.pdf: .pdf files are not supported. Parallax reads .txt, .md, .markdown, .html, .htm, .jsonl files.",
      },
    ]);
  });

  it("refuses a PNG renamed .txt, and decodes Latin-1 bytes", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(summary(await readAll({ kind: "bytes", name: "photo.txt", bytes: png }))[0]).toMatchObject({ code: "BINARY_INPUT" });
    const latin1 = Uint8Array.from("Téhéran, samedi", (char) => char.charCodeAt(0));
    const [item] = await readAll({ kind: "bytes", name: "vieux.txt", bytes: latin1 });
    expect(item?.ok && item.input).toMatchObject({ text: "Téhéran, samedi", encoding: "windows-1252" });
  });

  it("reads JSONL: good lines become inputs with hints, bad lines are reported by number", async () => {
    const lines = [
      JSON.stringify({ text: "Bagdad, samedi. Des commandants se sont réunis.", outlet: "AFP", published: "2018-11-24", title: "EI : l'Irak reçoit", language: "fr", url: "https://example.org/a" }),
      "",
      JSON.stringify({ html: "<p>Baghdad, Saturday.</p>", lang: "en", id: "x1", split: "dev" }),
      '{"text": "unterminated',
      JSON.stringify({ title: "Sans texte" }),
      "   ",
      JSON.stringify({ text: "   ", html: null }),
      JSON.stringify({ text: 42 }),
      "[1, 2]",
      JSON.stringify({ text: "Téhéran, dimanche.", outlet: null }) + "\r",
    ];
    const items = await readAll({ kind: "bytes", name: "feed.jsonl", bytes: bytes(lines.join("\n") + "\n"), outletHint: "Fallback" });
    expect(items[0]).toEqual({
      ok: true,
      input: {
        sourceKind: "jsonl",
        label: "feed.jsonl line 1",
        text: "Bagdad, samedi. Des commandants se sont réunis.",
        format: "text",
        encoding: "utf-8",
        url: "https://example.org/a",
        outletHint: "AFP",
        publishedHint: "2018-11-24",
        titleHint: "EI : l'Irak reçoit",
        languageHint: "fr",
      },
    });
    expect(items[1]).toEqual({
      ok: true,
      input: { sourceKind: "jsonl", label: "feed.jsonl line 3", text: "<p>Baghdad, Saturday.</p>", format: "html", encoding: "utf-8", outletHint: "Fallback", languageHint: "en" },
    });
    expect(summary(items.slice(2))).toEqual([
      { failed: "feed.jsonl line 4", code: "INVALID_JSONL_LINE", message: expect.stringMatching(/^feed\.jsonl line 4: not valid JSON \(.+\)$/) },
      { failed: "feed.jsonl line 5", code: "INVALID_JSONL_LINE", message: "feed.jsonl line 5: missing `text` or `html`" },
      { failed: "feed.jsonl line 7", code: "INVALID_JSONL_LINE", message: "feed.jsonl line 7: `text` is empty" },
      { failed: "feed.jsonl line 8", code: "INVALID_JSONL_LINE", message: "feed.jsonl line 8: `text` must be a string" },
      { failed: "feed.jsonl line 9", code: "INVALID_JSONL_LINE", message: "feed.jsonl line 9: expected a JSON object" },
      { ok: "feed.jsonl line 10", format: "text" },
    ]);
    expect(items[7]?.ok && items[7].input).toMatchObject({ text: "Téhéran, dimanche.", outletHint: "Fallback" });
  });

  it("reads a JSONL line written in Windows-1252 and says so", async () => {
    const line = Uint8Array.from('{"text": "R\u00e9union \u0093secr\u00e8te\u0094"}', (char) => char.charCodeAt(0));
    const [item] = await readAll({ kind: "bytes", name: "old.jsonl", bytes: line });
    expect(item?.ok && item.input).toMatchObject({ text: "Réunion “secrète”", encoding: "windows-1252" });
  });

  it("caps each JSONL line, not the whole file, and reports an empty or binary feed", async () => {
    const long = JSON.stringify({ text: "x".repeat(300) });
    const items = await readAll({ kind: "bytes", name: "f.jsonl", bytes: bytes(`${long}\n{"text":"court"}`) }, { maxBytes: 200 });
    expect(summary(items)).toEqual([
      { failed: "f.jsonl line 1", code: "TOO_LARGE", message: expect.stringContaining("f.jsonl line 1 is 311 bytes, over the 200 bytes limit. To accept it") },
      { ok: "f.jsonl line 2", format: "text" },
    ]);
    expect(summary(await readAll({ kind: "bytes", name: "vide.jsonl", bytes: bytes("\n\n") }))).toEqual([
      { failed: "vide.jsonl", code: "EMPTY_INPUT", message: "vide.jsonl has no lines." },
    ]);
    const gzip = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x0a, 0x41]);
    expect(summary(await readAll({ kind: "bytes", name: "f.jsonl", bytes: gzip }))[0]).toMatchObject({ code: "BINARY_INPUT" });
  });
});

describe("readSource: a folder on disk", () => {
  let root: string;

  beforeAll(() => {
    root = path.join(mkdtempSync(path.join(os.tmpdir(), "parallax-read-")), "corpus");
    mkdirSync(path.join(root, "sub", "deeper"), { recursive: true });
    mkdirSync(path.join(root, ".git"));
    writeFileSync(path.join(root, "b-seed.txt"), seed002);
    writeFileSync(path.join(root, "a.html"), "<html><body><p>Bagdad <b>samedi</p>"); // malformed on purpose
    writeFileSync(path.join(root, "notes.docx"), "PK\u0003\u0004");
    writeFileSync(path.join(root, ".DS_Store"), "\u0000\u0001");
    writeFileSync(path.join(root, ".git", "HEAD"), "ref: refs/heads/main");
    writeFileSync(path.join(root, "empty.md"), "  \n");
    writeFileSync(path.join(root, "sub", "feed.jsonl"), '{"text":"un"}\nnot json\n{"text":"deux"}\n');
    writeFileSync(path.join(root, "sub", "deeper", "latin.txt"), Buffer.from("Téhéran", "latin1"));
    writeFileSync(path.join(root, "sub", "big.txt"), "x".repeat(5000));
  });

  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it("walks it in sorted order, skips dotfiles and reports what it cannot read", async () => {
    const items = await readAll({ kind: "path", path: root }, { maxBytes: 4096 });
    expect(summary(items)).toEqual([
      { ok: "corpus/a.html", format: "html" },
      { ok: "corpus/b-seed.txt", format: "text" },
      { failed: "corpus/empty.md", code: "EMPTY_INPUT", message: "corpus/empty.md contains only white space." },
      { failed: "corpus/notes.docx", code: "UNSUPPORTED_TYPE", message: expect.stringContaining("corpus/notes.docx: .docx files are not supported") },
      { failed: "corpus/sub/big.txt", code: "TOO_LARGE", message: expect.stringContaining("corpus/sub/big.txt is 4.9 KB, over the 4 KB limit") },
      { ok: "corpus/sub/deeper/latin.txt", format: "text" },
      { ok: "corpus/sub/feed.jsonl line 1", format: "text" },
      { failed: "corpus/sub/feed.jsonl line 2", code: "INVALID_JSONL_LINE", message: expect.stringContaining("corpus/sub/feed.jsonl line 2: not valid JSON") },
      { ok: "corpus/sub/feed.jsonl line 3", format: "text" },
    ]);
    expect(items[0]?.ok && items[0].input.text).toBe("<html><body><p>Bagdad <b>samedi</p>");
    expect(items[1]?.ok && items[1].input.text).toBe(seed002);
    expect(items[5]?.ok && items[5].input).toMatchObject({ text: "Téhéran", encoding: "windows-1252" });
  });

  it("counts one item per file and per non-blank JSONL line", async () => {
    expect(await countSourceFiles({ kind: "path", path: root })).toBe(9);
    expect(await countSourceFiles({ kind: "path", path: path.join(root, "b-seed.txt") })).toBe(1);
    expect(await countSourceFiles({ kind: "paste", text: "x" })).toBe(1);
  });

  it("reads a single file and reports a missing path", async () => {
    expect(summary(await readAll({ kind: "path", path: path.join(root, "b-seed.txt") }))).toEqual([{ ok: "b-seed.txt", format: "text" }]);
    const missing = path.join(root, "absent.txt");
    expect(summary(await readAll({ kind: "path", path: missing }))).toEqual([{ failed: missing, code: "NOT_FOUND", message: `${missing}: no such file or folder.` }]);
  });
});
