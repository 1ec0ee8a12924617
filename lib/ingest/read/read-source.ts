import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { AppError, toAppError } from "../../errors.ts";
import type { InputFormat } from "../types.ts";
import { decodeBytes } from "./decode-bytes.ts";
import { fetchUrl } from "./fetch-url.ts";
import { fileKindFromName, looksLikeHtml, unsupportedFileError } from "./input-format.ts";
import { resolveReadOptions, tooLargeError, type ReadOptions, type ResolvedReadOptions } from "./read-options.ts";
import { readJsonl } from "./read-jsonl.ts";
import type { SourceItem } from "./source-item.ts";

export type { ReadOptions } from "./read-options.ts";
export type { SourceItem } from "./source-item.ts";

export type InputSource =
  | { kind: "paste"; text: string; format?: InputFormat; label?: string; outletHint?: string }
  /** an uploaded file */
  | { kind: "bytes"; name: string; bytes: Uint8Array; outletHint?: string }
  /** CLI: a file, or a folder read recursively */
  | { kind: "path"; path: string; outletHint?: string }
  | { kind: "url"; url: string; outletHint?: string };

/**
 * Every way in, up to RawInput: one item per article found (a JSONL file gives one per line, a
 * folder one per file). A piece that cannot be read is yielded as an error item, not thrown, so
 * one bad file does not stop an import; only a malformed PARALLAX_MAX_INPUT_BYTES throws.
 */
export async function* readSource(source: InputSource, options?: ReadOptions): AsyncGenerator<SourceItem> {
  const resolved = resolveReadOptions(options);
  switch (source.kind) {
    case "paste":
      yield readPaste(source, resolved);
      return;
    case "bytes":
      yield* readNamedBytes(source.name, source.bytes, resolved, source.outletHint);
      return;
    case "path":
      yield* readPath(source.path, resolved, source.outletHint);
      return;
    case "url":
      try {
        yield { ok: true, input: await fetchUrl(source.url, { ...resolved, outletHint: source.outletHint }) };
      } catch (error) {
        yield { ok: false, label: source.url, error: toAppError(error) };
      }
  }
}

/**
 * How many items readSource will yield, for a progress bar: one per file, one per non-blank line
 * of a JSONL file (counted by a quick streaming pass), one for a paste or a URL.
 */
export async function countSourceFiles(source: InputSource): Promise<number> {
  switch (source.kind) {
    case "paste":
    case "url":
      return 1;
    case "bytes":
      return fileKindFromName(source.name) === "jsonl" ? Math.max(1, await countLines([source.bytes])) : 1;
    case "path": {
      let total = 0;
      for await (const file of listFiles(source.path)) {
        const jsonl = "path" in file && fileKindFromName(file.path) === "jsonl";
        total += jsonl ? Math.max(1, await countLines(createReadStream(file.path)).catch(() => 1)) : 1;
      }
      return total;
    }
  }
}

function readPaste(source: Extract<InputSource, { kind: "paste" }>, options: ResolvedReadOptions): SourceItem {
  const label = source.label ?? "pasted text";
  const size = Buffer.byteLength(source.text, "utf8");
  if (size > options.maxBytes) return { ok: false, label, error: tooLargeError(label, size, options.maxBytes) };
  if (source.text.trim().length === 0) return { ok: false, label, error: new AppError("EMPTY_INPUT", `${label} is empty.`) };
  if (source.text.includes("\u0000")) {
    return { ok: false, label, error: new AppError("BINARY_INPUT", `${label} contains binary data (NUL characters), not text.`) };
  }
  const text = source.text.replace(/^\uFEFF/, "");
  const format = source.format ?? (looksLikeHtml(text) ? "html" : "text");
  return { ok: true, input: { sourceKind: "paste", label, text, format, ...hint(source.outletHint) } };
}

async function* readNamedBytes(label: string, bytes: Uint8Array, options: ResolvedReadOptions, outletHint: string | undefined): AsyncGenerator<SourceItem> {
  const kind = fileKindFromName(label);
  if (!kind) yield { ok: false, label, error: unsupportedFileError(label) };
  else if (kind === "jsonl") yield* readJsonl([bytes], { name: label, maxBytes: options.maxBytes, outletHint });
  else yield decodeFile(label, bytes, kind, options, outletHint);
}

function decodeFile(label: string, bytes: Uint8Array, format: InputFormat, options: ResolvedReadOptions, outletHint: string | undefined): SourceItem {
  try {
    const { text, encoding } = decodeBytes(bytes, label, { maxBytes: options.maxBytes });
    return { ok: true, input: { sourceKind: "file", label, text, format, encoding, ...hint(outletHint) } };
  } catch (error) {
    return { ok: false, label, error: toAppError(error) };
  }
}

async function* readPath(target: string, options: ResolvedReadOptions, outletHint: string | undefined): AsyncGenerator<SourceItem> {
  for await (const file of listFiles(target)) {
    if ("error" in file) {
      yield { ok: false, label: file.label, error: file.error };
      continue;
    }
    const kind = fileKindFromName(file.path);
    if (!kind) {
      yield { ok: false, label: file.label, error: unsupportedFileError(file.label) };
    } else if (kind === "jsonl") {
      try {
        yield* readJsonl(createReadStream(file.path), { name: file.label, maxBytes: options.maxBytes, outletHint });
      } catch (error) {
        yield { ok: false, label: file.label, error: fileError(file.label, error) };
      }
    } else if (file.size > options.maxBytes) {
      // Checked before reading: a 2 GB video renamed .txt is refused without loading it.
      yield { ok: false, label: file.label, error: tooLargeError(file.label, file.size, options.maxBytes) };
    } else {
      const bytes = await readFile(file.path).catch((error: unknown) => fileError(file.label, error));
      yield bytes instanceof AppError ? { ok: false, label: file.label, error: bytes } : decodeFile(file.label, bytes, kind, options, outletHint);
    }
  }
}

type ListedFile =
  /** label: the file name, or its path inside the imported folder (folder name included) */
  { path: string; label: string; size: number } | { label: string; error: AppError };

/** A file, or every file under a folder: dotfiles skipped, names in code-point order, depth first. */
async function* listFiles(target: string): AsyncGenerator<ListedFile> {
  const info = await stat(target).catch((error: unknown) => fileError(target, error));
  if (info instanceof AppError) {
    yield { label: target, error: info };
    return;
  }
  if (!info.isDirectory()) {
    yield { path: target, label: path.basename(target), size: info.size };
    return;
  }
  const root = path.resolve(target);
  const base = path.basename(root);
  const labelOf = (full: string) => path.join(base, path.relative(root, full)).split(path.sep).join("/");
  const visited = new Set<string>();
  async function* walk(folder: string): AsyncGenerator<ListedFile> {
    let names: string[];
    try {
      // A symlink loop would otherwise walk forever.
      const real = await realpath(folder);
      if (visited.has(real)) return;
      visited.add(real);
      names = (await readdir(folder)).filter((name) => !name.startsWith(".")).sort();
    } catch (error) {
      yield { label: labelOf(folder), error: fileError(labelOf(folder), error) };
      return;
    }
    for (const name of names) {
      const full = path.join(folder, name);
      const entry = await stat(full).catch(() => null);
      if (entry?.isDirectory()) yield* walk(full);
      else if (entry?.isFile()) yield { path: full, label: labelOf(full), size: entry.size };
    }
  }
  yield* walk(root);
}

async function countLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
  let lines = 0;
  let blank = true;
  for await (const chunk of chunks) {
    for (const byte of chunk) {
      if (byte === 0x0a) {
        if (!blank) lines++;
        blank = true;
      } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) {
        blank = false;
      }
    }
  }
  return blank ? lines : lines + 1;
}

function fileError(label: string, error: unknown): AppError {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  if (code === "ENOENT") return new AppError("NOT_FOUND", `${label}: no such file or folder.`);
  if (code === "EACCES" || code === "EPERM") return new AppError("INVALID_ARGUMENT", `${label}: permission denied.`);
  if (code === "EISDIR") return new AppError("INVALID_ARGUMENT", `${label} is a folder, not a file.`);
  return toAppError(error);
}

function hint(outletHint: string | undefined): { outletHint?: string } {
  return outletHint ? { outletHint } : {};
}
