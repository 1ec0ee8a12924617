"use client";

import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import type { ImportSummary } from "@/lib/ingest/import-inputs";
import { ACCEPTED_FILE_TYPES, IMPORT_LIMITS } from "./import-limits";
import { ImportResults } from "./import-results";

export interface ImportFormValues {
  text: string;
  format: string;
  outlet: string;
  url: string;
}

export type ImportFormState =
  | { status: "idle" }
  | { status: "error"; message: string; values?: ImportFormValues }
  | { status: "done"; summary: ImportSummary; events?: ImportedEvents; values?: ImportFormValues };

/** article id -> the event it was put in, and whether that event was already there */
export type ImportedEvents = Record<string, { eventId: string; joined: boolean }>;

type ImportAction = (previous: ImportFormState, formData: FormData) => Promise<ImportFormState>;

const fieldClass =
  "w-full rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 shadow-xs focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

export function ImportForm({ action }: { action: ImportAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [sizeError, setSizeError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<"paste" | "files" | "url" | null>(null);
  const startSubmit = (section: "paste" | "files" | "url") => () => {
    setSizeError(null);
    setSubmitted(section);
  };
  const values = state.status === "idle" ? undefined : state.values;

  // Refuse an oversized batch before uploading it; the server checks again.
  const checkFiles = (event: FormEvent<HTMLFormElement>) => {
    const files = new FormData(event.currentTarget).getAll("files").filter((value): value is File => value instanceof File && value.name !== "");
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const message =
      files.length > IMPORT_LIMITS.maxFiles
        ? `Choose at most ${IMPORT_LIMITS.maxFiles} files per import (you chose ${files.length}).`
        : total > IMPORT_LIMITS.maxTotalBytes
          ? `These files add up to ${(total / 1048576).toFixed(1)} MB; one import is limited to ${IMPORT_LIMITS.maxTotalBytes / 1048576} MB.`
          : null;
    setSizeError(message);
    setSubmitted("files");
    if (message) event.preventDefault();
  };
  const error = sizeError ?? (state.status === "error" ? state.message : null);

  return (
    <div className="space-y-6">
      <div aria-live="polite" className="empty:hidden">
        {error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            {error}
          </p>
        )}
        {!sizeError && state.status === "done" && <ImportResults summary={state.summary} events={state.events ?? {}} />}
      </div>
      <div className="grid gap-5 min-[960px]:grid-cols-[minmax(0,1.35fr)_minmax(0,1fr)]">
        <form action={formAction} onSubmit={startSubmit("paste")}>
          <Card title="Paste text" hint="One article: headline first if you have it.">
            <label htmlFor="paste-text" className="sr-only">
              Article text
            </label>
            <textarea
              id="paste-text"
              name="text"
              rows={13}
              required
              defaultValue={values?.text ?? ""}
              data-testid="paste-text"
              placeholder="Paste the article as you found it, menus and credits included: they are removed and kept aside."
              className={`${fieldClass} py-2 font-serif leading-relaxed`}
            />
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="paste-outlet" className="text-xs font-medium text-zinc-600">
                  Outlet (optional)
                </label>
                <input
                  id="paste-outlet"
                  name="outlet"
                  defaultValue={values?.outlet ?? ""}
                  maxLength={IMPORT_LIMITS.maxOutletLength}
                  placeholder="e.g. Press TV"
                  className={`${fieldClass} mt-1 h-9`}
                />
              </div>
              <div>
                <label htmlFor="paste-format" className="text-xs font-medium text-zinc-600">
                  Format
                </label>
                <select id="paste-format" name="format" defaultValue={values?.format ?? "auto"} className={`${fieldClass} mt-1 h-9`}>
                  <option value="auto">Detect (text or HTML)</option>
                  <option value="text">Plain text</option>
                  <option value="html">HTML</option>
                  <option value="markdown">Markdown</option>
                </select>
              </div>
            </div>
            <SubmitButton pending={pending} busy={submitted === "paste"}>Import pasted text</SubmitButton>
          </Card>
        </form>
        <div className="space-y-5">
          <form action={formAction} onSubmit={checkFiles}>
            <Card title="Upload files" hint="Several at once: .txt .md .html .htm, or .jsonl with one article per line.">
              <label htmlFor="import-files" className="sr-only">
                Files to import
              </label>
              <input
                id="import-files"
                type="file"
                name="files"
                multiple
                required
                accept={ACCEPTED_FILE_TYPES}
                data-testid="file-input"
                className="block w-full text-sm text-zinc-700 file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-zinc-800 hover:file:bg-zinc-50"
              />
              <p className="mt-2 text-xs leading-relaxed text-zinc-500">
                JSONL lines: <code className="font-mono">{'{"text" or "html", "url", "outlet", "published", "title", "language"}'}</code>. Up to{" "}
                {IMPORT_LIMITS.maxFiles} files and {IMPORT_LIMITS.maxTotalBytes / 1048576} MB per import.
              </p>
              <SubmitButton pending={pending} busy={submitted === "files"}>Import files</SubmitButton>
            </Card>
          </form>
          <form action={formAction} onSubmit={startSubmit("url")}>
            <Card title="From a web page" hint="Fetched once, now; the page as received is kept as the raw input.">
              <label htmlFor="import-url" className="sr-only">
                Page address
              </label>
              <input
                id="import-url"
                type="url"
                name="url"
                required
                defaultValue={values?.url ?? ""}
                maxLength={IMPORT_LIMITS.maxUrlLength}
                placeholder="https://"
                data-testid="url-input"
                className={`${fieldClass} h-9`}
              />
              <SubmitButton pending={pending} busy={submitted === "url"}>Import URL</SubmitButton>
            </Card>
          </form>
        </div>
      </div>
      <p id="import-help" className="max-w-3xl text-sm text-zinc-600">
        Each way in imports on its own. The same text imported twice is reported as a duplicate of the stored article, not stored again;
        a rejected input is reported with its reason and nothing of it is kept.
      </p>

    </div>
  );
}

/** All three wait while one import runs (one run at a time); only the one clicked says so. */
function SubmitButton({ pending, busy, children }: { pending: boolean; busy: boolean; children: ReactNode }) {
  return (
    <div className="mt-4 flex justify-end">
      <button
        type="submit"
        disabled={pending}
        className="h-9 rounded-md bg-accent px-4 text-sm font-medium text-white shadow-sm hover:bg-accent-strong disabled:cursor-wait disabled:opacity-70"
      >
        {pending && busy ? "Importing…" : children}
      </button>
    </div>
  );
}

function Card({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <fieldset className="h-full rounded-lg border border-zinc-200 p-4">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      <p className="mb-3 text-xs text-zinc-500">{hint}</p>
      {children}
    </fieldset>
  );
}
