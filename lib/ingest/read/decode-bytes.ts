import { AppError } from "../../errors.ts";
import { tooLargeError } from "./read-options.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

export interface DecodeBytesOptions {
  maxBytes: number;
  /** charset of an HTTP Content-Type header: it wins over a declaration inside the document */
  declaredCharset?: string;
}

export interface DecodedText {
  text: string;
  /** WHATWG name of the encoding used: "utf-8", "windows-1252", "utf-16le"... */
  encoding: string;
}

const MAGIC_NUMBERS: { kind: string; bytes: number[] }[] = [
  { kind: "a PDF file", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: "a ZIP archive (or a Word/OpenDocument file)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { kind: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: "a gzip archive", bytes: [0x1f, 0x8b] },
];

const BINARY_SAMPLE_BYTES = 8192;
/** Text files hold tabs and line breaks, not other C0 controls: a tenth of them means binary. */
const MAX_CONTROL_SHARE = 0.1;
/** The WHATWG prescan reads 1024 bytes; long <head>s put the meta later, so look a bit further. */
const DECLARATION_PRESCAN_BYTES = 4096;
/** Labels a server or an old editor puts on by default: a wrong one is common, see decodeUnmarked. */
const DEFAULT_WESTERN_ENCODINGS = new Set(["windows-1252", "iso-8859-15"]);

/**
 * Bytes of an uploaded file, a file on disk or a fetched page → text, or an AppError saying why
 * not (empty, too large, binary). Order: BOM, declared charset, valid UTF-8, else Windows-1252
 * (a superset of Latin-1 for printable text, so "Téhéran" saved by an old editor survives).
 */
export function decodeBytes(bytes: Uint8Array, label: string, options: DecodeBytesOptions): DecodedText {
  if (bytes.length === 0) throw new AppError("EMPTY_INPUT", `${label} is empty.`);
  if (bytes.length > options.maxBytes) throw tooLargeError(label, bytes.length, options.maxBytes);

  const bom = sniffBom(bytes);
  if (!bom) {
    const binary = detectBinary(bytes);
    if (binary) {
      throw new AppError("BINARY_INPUT", `${label} looks like ${binary}, not text. Save the article as .txt or .html, or paste its text.`);
    }
  }
  const decoded = bom
    ? { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding }
    : decodeUnmarked(bytes, options.declaredCharset);
  if (decoded.text.trim().length === 0) throw new AppError("EMPTY_INPUT", `${label} contains only white space.`);
  return decoded;
}

/** The kind of binary file `bytes` starts like ("a PNG image"), or null when it may be text. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const magic of MAGIC_NUMBERS) {
    if (magic.bytes.every((byte, index) => bytes[index] === byte)) return magic.kind;
  }
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return "binary data (it contains NUL bytes)";
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return controls > sample.length * MAX_CONTROL_SHARE ? "binary data (it is full of control characters)" : null;
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

function decodeUnmarked(bytes: Uint8Array, headerCharset: string | undefined): DecodedText {
  const utf8 = tryUtf8(bytes);
  const declared = canonicalEncoding(headerCharset) ?? documentDeclaredEncoding(bytes);
  if (declared && declared !== "utf-8") {
    // Valid multi-byte UTF-8 practically never comes out of Latin-1 text, while pages re-saved as
    // UTF-8 that keep their old `charset=iso-8859-1` (and servers that add it by default) are common.
    const mislabelled = utf8 !== null && hasNonAscii(bytes) && DEFAULT_WESTERN_ENCODINGS.has(declared);
    if (!mislabelled) return { text: decodeAs(declared, bytes), encoding: declared };
  }
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** A label TextDecoder knows, as its canonical name ("latin1" → "windows-1252"), else null. */
function canonicalEncoding(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

// A regex over the first bytes, not an HTML parser: the declaration must be found before we
// know how to decode the document, and the WHATWG prescan is itself a byte-level pattern match.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

function documentDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, DECLARATION_PRESCAN_BYTES));
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  const encoding = canonicalEncoding(label);
  // The declaration was just read as ASCII, so the document cannot be UTF-16 (WHATWG rule).
  return encoding?.startsWith("utf-16") ? "utf-8" : encoding;
}
