import { z } from "zod";
import { AppError } from "../../errors.ts";
import type { RawInput } from "../types.ts";
import { detectBinary } from "./decode-bytes.ts";
import { tooLargeError } from "./read-options.ts";
import type { SourceItem } from "./source-item.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

/** One article per line. Dataset dumps often write `null` for a missing field and `lang` for the language. */
export const ZJsonlArticleSchema = z.object({
  text: z.string().nullish(),
  html: z.string().nullish(),
  url: z.string().nullish(),
  outlet: z.string().nullish(),
  published: z.string().nullish(),
  title: z.string().nullish(),
  language: z.string().nullish(),
  lang: z.string().nullish(),
});

export type TJsonlArticle = z.infer<typeof ZJsonlArticleSchema>;

export interface ReadJsonlOptions {
  /** file name used in labels: "feed.jsonl line 12" */
  name: string;
  /** cap per line (one article), not per file: a 10,000-article feed is meant to be large */
  maxBytes: number;
  outletHint?: string;
}

const NEWLINE = 0x0a;

/**
 * Streams a JSONL file line by line, so a large feed never sits in memory whole. A bad line is
 * reported with its line number and the import goes on with the next one.
 */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: ReadJsonlOptions): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  let articles = 0;
  for await (const line of splitLines(chunks, options.maxBytes)) {
    lineNumber++;
    const label = `${options.name} line ${lineNumber}`;
    if (lineNumber === 1 && line.bytes) {
      const binary = detectBinary(line.bytes);
      if (binary) {
        yield { ok: false, label: options.name, error: new AppError("BINARY_INPUT", `${options.name} looks like ${binary}, not JSON lines.`) };
        return;
      }
    }
    if (!line.bytes) {
      yield { ok: false, label, error: tooLargeError(label, line.size, options.maxBytes) };
      articles++;
      continue;
    }
    const { text, encoding } = decodeLine(line.bytes);
    if (text.trim().length === 0) continue;
    articles++;
    try {
      yield { ok: true, input: { ...parseLine(text, label, options.outletHint), encoding } };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      yield { ok: false, label, error };
    }
  }
  if (articles === 0) yield { ok: false, label: options.name, error: new AppError("EMPTY_INPUT", `${options.name} has no lines.`) };
}

function parseLine(line: string, label: string, outletHint: string | undefined): RawInput {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw invalidLine(label, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw invalidLine(label, "expected a JSON object");
  const parsed = ZJsonlArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidLine(label, `\`${issue?.path.join(".")}\` must be a string`);
  }
  const article = parsed.data;
  // `text` first: it is the body the feed's producer chose; `html` is for feeds that only have the page.
  const body = nonBlank(article.text) ? { text: article.text, format: "text" as const } : nonBlank(article.html) ? { text: article.html, format: "html" as const } : null;
  if (!body) {
    const given = typeof article.text === "string" ? "text" : typeof article.html === "string" ? "html" : null;
    throw invalidLine(label, given ? `\`${given}\` is empty` : "missing `text` or `html`");
  }
  return {
    sourceKind: "jsonl",
    label,
    text: body.text,
    format: body.format,
    ...definedHints({
      url: article.url,
      outletHint: article.outlet ?? outletHint,
      publishedHint: article.published,
      titleHint: article.title,
      languageHint: article.language ?? article.lang,
    }),
  };
}

function invalidLine(label: string, reason: string): AppError {
  return new AppError("INVALID_JSONL_LINE", `${label}: ${reason}`);
}

function nonBlank(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

function definedHints(hints: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(hints).filter((entry): entry is [string, string] => nonBlank(entry[1])));
}

/** JSON is UTF-8 by RFC 8259; a line that is not is most likely Windows-1252 from an old tool. */
function decodeLine(bytes: Uint8Array): { text: string; encoding: string } {
  const end = bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end)), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes.subarray(0, end)), encoding: "windows-1252" };
  }
}

interface Line {
  /** null when the line went over the cap: its bytes were dropped as they came */
  bytes: Uint8Array | null;
  size: number;
}

/** Splits a byte stream on "\n" without holding more than one line (capped) in memory. */
async function* splitLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let size = 0;
  const take = (piece: Uint8Array) => {
    size += piece.length;
    if (size <= maxBytes) pending.push(piece);
    else pending = [];
  };
  const finish = (): Line => {
    const line = { bytes: size <= maxBytes ? Buffer.concat(pending) : null, size };
    pending = [];
    size = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    if (start < chunk.length) take(chunk.subarray(start));
  }
  if (size > 0) yield finish();
}
