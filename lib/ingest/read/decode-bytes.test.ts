import { describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { decodeBytes, detectBinary } from "./decode-bytes.ts";

const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Latin-1 / Windows-1252 bytes for text whose characters all sit below U+0100. */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

function decodeError(bytes: Uint8Array, maxBytes = 5 * MB): AppError {
  try {
    decodeBytes(bytes, "article.txt", { maxBytes });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected decodeBytes to refuse the input");
}

describe("decodeBytes", () => {
  it("refuses empty and whitespace-only input", () => {
    expect(decodeError(new Uint8Array())).toMatchObject({ code: "EMPTY_INPUT", message: "article.txt is empty." });
    expect(decodeError(utf8(" \n\t\r\n \u00a0 "))).toMatchObject({ code: "EMPTY_INPUT", message: "article.txt contains only white space." });
    expect(decodeError(utf8("\uFEFF  \n"))).toMatchObject({ code: "EMPTY_INPUT" });
  });

  it("refuses input over the cap, naming the size, the cap and the variable to raise it", () => {
    const error = decodeError(utf8("x".repeat(2048)), 1024);
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe(
      "article.txt is 2 KB, over the 1 KB limit (1024 bytes). To accept it, set PARALLAX_MAX_INPUT_BYTES to a larger number of bytes.",
    );
    expect(decodeBytes(utf8("x".repeat(1024)), "a.txt", { maxBytes: 1024 }).text).toHaveLength(1024);
  });

  it("refuses binary files by magic number, NUL bytes or control characters", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeError(png)).toMatchObject({ code: "BINARY_INPUT" });
    expect(decodeError(png).message).toContain("looks like a PNG image");
    expect(decodeError(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj")).message).toContain("a PDF file");
    expect(decodeError(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])).message).toContain("ZIP archive");
    expect(decodeError(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])).message).toContain("JPEG");
    expect(decodeError(utf8("GIF89a....")).message).toContain("GIF");
    expect(decodeError(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00])).message).toContain("gzip");
    expect(decodeError(utf8("Bagdad, samedi\u0000 les commandants")).message).toContain("NUL bytes");
    const controls = Uint8Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(decodeError(controls).message).toContain("control characters");
    expect(detectBinary(utf8("Un texte normal,\tavec tabulation\r\net retour."))).toBeNull();
  });

  it("reads valid UTF-8 as UTF-8", () => {
    expect(decodeBytes(utf8("Téhéran — « Bagdad »"), "a.txt", { maxBytes: MB })).toEqual({ text: "Téhéran — « Bagdad »", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 for Latin-1 bytes, so Téhéran survives", () => {
    const bytes = latin1("Réunion à Téhéran, samedi.");
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0x52, 0xe9, 0x75]);
    expect(decodeBytes(bytes, "a.txt", { maxBytes: MB })).toEqual({ text: "Réunion à Téhéran, samedi.", encoding: "windows-1252" });
  });

  it("decodes Windows-1252 curly quotes, dashes and the euro sign", () => {
    const bytes = Uint8Array.from([0x93, 0x4f, 0x75, 0x69, 0x94, 0x20, 0x96, 0x20, 0x6c, 0x92, 0x61, 0x72, 0x6d, 0xe9, 0x65, 0x20, 0x80]);
    expect(decodeBytes(bytes, "a.txt", { maxBytes: MB }).text).toBe("“Oui” – l’armée €");
    // "iso-8859-1" means Windows-1252 on the web: its quotes must come out as quotes too.
    const declared = decodeBytes(Uint8Array.from([0x6c, 0x92, 0x61, 0x72, 0x6d, 0xe9, 0x65]), "page", { maxBytes: MB, declaredCharset: "iso-8859-1" });
    expect(declared).toEqual({ text: "l’armée", encoding: "windows-1252" });
  });

  it("strips a UTF-8 BOM", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Bagdad")]);
    expect(decodeBytes(bytes, "a.txt", { maxBytes: MB })).toEqual({ text: "Bagdad", encoding: "utf-8" });
  });

  it("reads UTF-16 little- and big-endian text with a BOM", () => {
    const text = "Téhéran, 3 août";
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const char of text) {
      const code = char.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decodeBytes(Uint8Array.from(le), "a.txt", { maxBytes: MB })).toEqual({ text, encoding: "utf-16le" });
    expect(decodeBytes(Uint8Array.from(be), "a.txt", { maxBytes: MB })).toEqual({ text, encoding: "utf-16be" });
  });

  it("honours an HTML meta charset or an XML declaration", () => {
    // 0xA4 is "€" in ISO-8859-15 but "¤" in Windows-1252: only the declaration gets it right.
    const html = latin1('<html><head><meta charset="iso-8859-15"><title>Prix</title></head><body><p>10 \u00a4</p></body></html>');
    expect(decodeBytes(html, "a.html", { maxBytes: MB })).toMatchObject({ encoding: "iso-8859-15" });
    expect(decodeBytes(html, "a.html", { maxBytes: MB }).text).toContain("10 €");
    const httpEquiv = latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"><p>\u00a4</p>');
    expect(decodeBytes(httpEquiv, "a.html", { maxBytes: MB }).text).toContain("<p>€</p>");
    const xml = latin1('<?xml version="1.0" encoding="iso-8859-15"?><html><body>\u00a4</body></html>');
    expect(decodeBytes(xml, "a.xhtml", { maxBytes: MB }).text).toContain("<body>€</body>");
  });

  it("lets a Content-Type charset win over the document, and ignores an unknown label", () => {
    const bytes = latin1('<meta charset="utf-8"><p>\u00a4</p>');
    expect(decodeBytes(bytes, "page", { maxBytes: MB, declaredCharset: "ISO-8859-15" }).text).toContain("€");
    expect(decodeBytes(latin1("Téhéran"), "page", { maxBytes: MB, declaredCharset: "no-such-charset" })).toEqual({
      text: "Téhéran",
      encoding: "windows-1252",
    });
  });

  it("keeps valid UTF-8 that is mislabelled as Latin-1", () => {
    const bytes = utf8('<meta charset="iso-8859-1"><p>Téhéran</p>');
    expect(decodeBytes(bytes, "a.html", { maxBytes: MB })).toMatchObject({ encoding: "utf-8" });
    expect(decodeBytes(bytes, "a.html", { maxBytes: MB }).text).toContain("Téhéran");
  });

  it("passes malformed HTML through untouched", () => {
    const html = "<div><p>Bagdad <b>samedi</p></div><p>non fermé";
    expect(decodeBytes(utf8(html), "a.html", { maxBytes: MB }).text).toBe(html);
  });
});
