import { randomUUID } from "node:crypto";
import { bulkInsert } from "../db/bulk-insert.ts";
import type { Db } from "../db/client.ts";
import { withLockRetries } from "../db/with-lock-retries.ts";
import { AppError, toAppError, type ErrorCode } from "../errors.ts";
import { ingestArticle } from "./ingest-article.ts";
import { OutletRecords } from "./outlet-records.ts";
import { loadGazetteer, type OutletGazetteer } from "./outlets/gazetteer.ts";
import { countSourceFiles, readSource, type InputSource, type ReadOptions } from "./read/read-source.ts";
import { storeArticles, type StoreResult } from "./store-article.ts";
import type { CleanArticle } from "./types.ts";

export type ImportStatus = "imported" | "duplicate" | "rejected";

export interface ImportItemResult {
  label: string;
  status: ImportStatus;
  articleId?: string;
  duplicateOfId?: string;
  errorCode?: ErrorCode;
  message?: string;
  headline?: string;
  outlet?: string | null;
  language?: string | null;
}

export interface ImportSummary {
  runId: string;
  imported: number;
  duplicates: number;
  rejected: number;
  items: ImportItemResult[];
}

export interface ImportInputsOptions extends ReadOptions {
  origin: "cli" | "web" | "bench";
  /** applies to every input that does not name its own outlet */
  outletHint?: string;
  gazetteer?: OutletGazetteer;
  /** called as each item is settled; `total` counts files and JSONL lines */
  onProgress?: (done: number, total: number, item: ImportItemResult) => void;
}

/** Articles written per transaction in a bulk import (see storeArticles). */
const BATCH_SIZE = 256;

interface PendingArticle {
  index: number;
  article: CleanArticle;
}

/**
 * Imports every source (pasted text, uploaded files, paths, URLs) through the one ingest
 * pipeline. One bad input never stops the others: it is reported with its reason, and nothing
 * of it is stored. The run and its per-item results are recorded for the import page.
 */
export async function importInputs(db: Db, sources: InputSource[], options: ImportInputsOptions): Promise<ImportSummary> {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const outlets = new OutletRecords(gazetteer);
  const run = await db.importRun.create({ data: { origin: options.origin }, select: { id: true } });
  const items: ImportItemResult[] = [];
  let total = 0;
  let done = 0;
  for (const source of sources) total += await countSourceFiles(source).catch(() => 1);
  const settle = (index: number, item: ImportItemResult) => {
    items[index] = item;
    done += 1;
    total = Math.max(total, done);
    options.onProgress?.(done, total, item);
  };

  let pending: PendingArticle[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    const results = await storeArticles(db, batch.map((entry) => entry.article), { outlets, importRunId: run.id });
    batch.forEach((entry, position) => settle(entry.index, describeStored(entry.article, results[position]!)));
  };

  for (const source of sources) {
    const withHint = options.outletHint && !source.outletHint ? { ...source, outletHint: options.outletHint } : source;
    for await (const read of readSource(withHint, options)) {
      const index = items.length;
      items.push({ label: read.ok ? read.input.label : read.label, status: "rejected" });
      if (!read.ok) {
        settle(index, rejected(read.label, read.error));
        continue;
      }
      try {
        pending.push({ index, article: ingestArticle({ input: read.input, gazetteer }) });
      } catch (error) {
        settle(index, rejected(read.input.label, toAppError(error)));
      }
      if (pending.length >= BATCH_SIZE) await flush();
    }
  }
  await flush();

  const summary = {
    runId: run.id,
    imported: items.filter((item) => item.status === "imported").length,
    duplicates: items.filter((item) => item.status === "duplicate").length,
    rejected: items.filter((item) => item.status === "rejected").length,
    items,
  };
  const finishedAt = new Date();
  await withLockRetries(() => db.$transaction(async (tx) => {
    await bulkInsert(
      tx,
      "import_items",
      items.map((item) => ({
        id: randomUUID(),
        runId: run.id,
        label: item.label,
        status: item.status,
        errorCode: item.errorCode ?? null,
        message: item.message ?? null,
        articleId: item.articleId ?? null,
        duplicateOfId: item.duplicateOfId ?? null,
        createdAt: finishedAt,
      })),
    );
    await tx.importRun.update({
      where: { id: run.id },
      data: { finishedAt, imported: summary.imported, duplicates: summary.duplicates, rejected: summary.rejected },
    });
  }));
  return summary;
}

function describeStored(article: CleanArticle, stored: StoreResult): ImportItemResult {
  const label = article.input.label;
  if (stored.status === "failed") return rejected(label, toAppError(stored.error));
  const described = {
    label,
    headline: article.metadata.headline.value ?? undefined,
    outlet: article.metadata.outlet.value?.name ?? null,
    language: article.metadata.language.value,
  };
  if (stored.status === "duplicate") {
    return {
      ...described,
      status: "duplicate",
      duplicateOfId: stored.duplicateOfId,
      errorCode: "DUPLICATE",
      message: `${label}: the same text is already stored (article ${stored.duplicateOfId}).`,
    };
  }
  return { ...described, status: "imported", articleId: stored.articleId };
}

function rejected(label: string, error: AppError): ImportItemResult {
  if (error.code === "INTERNAL") console.error(`import of ${label} failed:`, error.cause ?? error);
  return { label, status: "rejected", errorCode: error.code, message: error.message };
}
