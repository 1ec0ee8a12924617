"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { IMPORT_LIMITS } from "@/components/import/import-limits";
import type { ImportedEvents, ImportFormState } from "@/components/import/import-form";
import { getDb } from "@/lib/db/client";
import { AppError, toAppError } from "@/lib/errors";
import { workImportRun } from "@/lib/ingest/import-inputs";
import { retryImportRun, startImport } from "@/lib/jobs/import-job";
import { readImportRun, readImportSummary, readRunEvents } from "@/lib/jobs/import-runs";
import { authorizeAction } from "@/app/current-user";
import type { InputSource } from "@/lib/ingest/read/read-source";

/**
 * Up to this many items, the request waits for its run (worked right here, through the same jobs)
 * and the form shows the result; a larger import goes to its run page and its progress.
 */
const WAIT_FOR_ITEMS = 25;

const ZImportForm = z.object({
  text: z.string().default(""),
  format: z.enum(["auto", "text", "html", "markdown"]).catch("auto"),
  outlet: z.string().trim().max(IMPORT_LIMITS.maxOutletLength, `The outlet name is limited to ${IMPORT_LIMITS.maxOutletLength} characters.`).default(""),
  url: z.string().trim().max(IMPORT_LIMITS.maxUrlLength, `The URL is limited to ${IMPORT_LIMITS.maxUrlLength} characters.`).default(""),
});

const textField = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

// POST (server action) – import pasted text, uploaded files and a URL in one run
export async function importAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  let actor;
  try {
    actor = await authorizeAction("article.import");
  } catch (error) {
    return { status: "error", message: toAppError(error).message };
  }
  const parsed = ZImportForm.safeParse({
    text: textField(formData, "text"),
    format: textField(formData, "format"),
    outlet: textField(formData, "outlet"),
    url: textField(formData, "url"),
  });
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "The form is incomplete." };
  const form = parsed.data;
  // Sent back with an error so the pasted text is not lost (files cannot be re-filled).
  const values = { text: form.text, format: form.format, outlet: form.outlet, url: form.url };
  // An empty file input still sends one nameless, empty part.
  const files = formData.getAll("files").filter((value): value is File => value instanceof File && value.name !== "");

  if (files.length > IMPORT_LIMITS.maxFiles) {
    return { status: "error", values, message: `Choose at most ${IMPORT_LIMITS.maxFiles} files per import (you chose ${files.length}).` };
  }
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0) + Buffer.byteLength(form.text, "utf8");
  if (totalBytes > IMPORT_LIMITS.maxTotalBytes) {
    return { status: "error", values, message: `This import is ${(totalBytes / 1048576).toFixed(1)} MB; one import is limited to ${IMPORT_LIMITS.maxTotalBytes / 1048576} MB. Split it, or use the CLI for large batches.` };
  }

  const sources: InputSource[] = [];
  if (form.text.trim()) {
    sources.push({ kind: "paste", text: form.text, ...(form.format !== "auto" ? { format: form.format } : {}), ...(form.outlet ? { outletHint: form.outlet } : {}) });
  }
  for (const file of files) sources.push({ kind: "bytes", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (form.url) sources.push({ kind: "url", url: form.url });
  if (sources.length === 0) return { status: "error", values, message: "Nothing to import: paste some text, choose files or enter a URL." };

  let runId: string;
  try {
    const db = await getDb();
    runId = await startImport(db, sources, { origin: "web", group: true, createdBy: actor.email });
    const run = await readImportRun(db, runId);
    if (run && run.total <= WAIT_FOR_ITEMS) {
      await workImportRun(db, runId);
      const summary = await readImportSummary(db, runId);
      const events: ImportedEvents = Object.fromEntries(await readRunEvents(db, runId));
      if (summary.imported > 0) {
        revalidatePath("/articles");
        revalidatePath("/events");
      }
      // A rejected paste stays in the box so it can be fixed and sent again.
      return { status: "done", summary, events, ...(summary.rejected > 0 ? { values } : {}) };
    }
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("web import failed:", error);
    return { status: "error", values, message: appError.message };
  }
  // outside the try: redirect() works by throwing
  redirect(`/import/runs/${runId}`);
}

// POST (server action) – queue a failed run's jobs again; the items already stored stay as they are
export async function retryImportRunAction(runId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await authorizeAction("import.retry");
    const db = await getDb();
    const run = await readImportRun(db, runId);
    if (!run) throw new AppError("NOT_FOUND", "This import run does not exist.");
    if (run.status !== "failed") throw new AppError("CONFLICT", "Only a failed run can be retried.");
    const retried = await retryImportRun(db, runId);
    if (retried === 0) throw new AppError("CONFLICT", "This run has no failed job left to retry: import the files again (stored articles count as duplicates).");
    revalidatePath(`/import/runs/${runId}`);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: toAppError(error).message };
  }
}
