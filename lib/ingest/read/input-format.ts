import path from "node:path";
import { AppError } from "../../errors.ts";
import type { InputFormat } from "../types.ts";

/** What a file holds: one article in a format, or one article per line (JSONL). */
export type FileKind = InputFormat | "jsonl";

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
};

export const SUPPORTED_EXTENSIONS = Object.keys(KIND_BY_EXTENSION);

export function fileKindFromName(name: string): FileKind | null {
  return KIND_BY_EXTENSION[path.extname(name).toLowerCase()] ?? null;
}

export function unsupportedFileError(label: string): AppError {
  const extension = path.extname(label);
  const what = extension ? `${extension} files are not supported` : "a file without an extension is not supported";
  return new AppError("UNSUPPORTED_TYPE", `${label}: ${what}. Parallax reads ${SUPPORTED_EXTENSIONS.join(", ")} files.`);
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const HTML_TAG = /<\/?(?:p|div|span|a|br|hr|h[1-6]|article|section|header|footer|nav|main|body|head|meta|link|script|style|ul|ol|li|table|tr|td|img|figure|figcaption|time|strong|em|b|i|blockquote)(?=[\s>/])/gi;

/**
 * A pasted page source: it starts like a document, or it is full of tags. Five known tags keep a
 * text that mentions one "<p>" in passing from being parsed as HTML.
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text) || (text.match(HTML_TAG)?.length ?? 0) >= 5;
}
