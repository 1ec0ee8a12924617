import type { Db } from "../db/client.ts";
import { AppError, toAppError, type ErrorCode } from "../errors.ts";
import { ingestArticle } from "./ingest-article.ts";
import { OutletRecords } from "./outlet-records.ts";
import { loadGazetteer, type OutletGazetteer } from "./outlets/gazetteer.ts";
import { countSourceFiles, readSource, type InputSource, type ReadOptions } from "./read/read-source.ts";
import { storeArticle } from "./store-article.ts";
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
  /** called after each item; `total` counts files, so it can grow while a JSONL file is read */
  onProgress?: (done: number, total: number, item: ImportItemResult) => void;
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
  for (const source of sources) total += await countSourceFiles(source).catch(() => 1);

  for (const source of sources) {
    const withHint = options.outletHint && !source.outletHint ? { ...source, outletHint: options.outletHint } : source;
    for await (const read of readSource(withHint, options)) {
      const item = read.ok
        ? await importOne(db, read.input.label, () => ingestArticle({ input: read.input, gazetteer }), outlets, run.id)
        : rejected(read.label, read.error);
      items.push(item);
      total = Math.max(total, items.length);
      options.onProgress?.(items.length, total, item);
    }
  }

  const summary = {
    runId: run.id,
    imported: items.filter((item) => item.status === "imported").length,
    duplicates: items.filter((item) => item.status === "duplicate").length,
    rejected: items.filter((item) => item.status === "rejected").length,
    items,
  };
  await db.$transaction([
    db.importItem.createMany({
      data: items.map((item) => ({
        runId: run.id,
        label: item.label,
        status: item.status,
        errorCode: item.errorCode ?? null,
        message: item.message ?? null,
        articleId: item.articleId ?? null,
        duplicateOfId: item.duplicateOfId ?? null,
      })),
    }),
    db.importRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(), imported: summary.imported, duplicates: summary.duplicates, rejected: summary.rejected },
    }),
  ]);
  return summary;
}

async function importOne(
  db: Db,
  label: string,
  ingest: () => CleanArticle,
  outlets: OutletRecords,
  importRunId: string,
): Promise<ImportItemResult> {
  try {
    const article = ingest();
    const described = {
      label,
      headline: article.metadata.headline.value ?? undefined,
      outlet: article.metadata.outlet.value?.name ?? null,
      language: article.metadata.language.value,
    };
    const stored = await storeArticle(db, { article, outlets, importRunId });
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
  } catch (error) {
    return rejected(label, toAppError(error));
  }
}

function rejected(label: string, error: AppError): ImportItemResult {
  if (error.code === "INTERNAL") console.error(`import of ${label} failed:`, error.cause ?? error);
  return { label, status: "rejected", errorCode: error.code, message: error.message };
}
