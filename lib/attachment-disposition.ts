// Content-Disposition for every download we send (evidence files, report exports). A header value
// can only carry Latin-1, so a name in Cyrillic, Arabic or CJK must travel as RFC 6266/8187
// `filename*=UTF-8''…`, with a plain ASCII `filename` for old clients: Express's `content-disposition`
// package encodes both exactly (quoting, the characters attr-char allows, `%` in a fallback).

import { create } from "content-disposition";

// Bidirectional controls let "invoice\u202Efdp.exe" display as "invoiceexe.pdf"; control characters
// (CR/LF included) have no business in a name; a path separator would name a folder.
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** The last path part of a name a user gave, without bidirectional or control characters. */
export function safeFileName(fileName: string, fallbackName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? "").replace(UNSAFE_IN_NAME, "").normalize("NFC").trim() || fallbackName;
}

export function attachmentDisposition(fileName: string, fallbackName = "download"): string {
  const name = safeFileName(fileName, fallbackName);
  // "communiqué" → "communique"; what has no ASCII form becomes "_", keeping the extension readable
  const ascii = name.normalize("NFKD").replace(COMBINING_MARKS, "").replace(/[^\x20-\x7e]|%/g, "_");
  return create(name, { fallback: ascii });
}
