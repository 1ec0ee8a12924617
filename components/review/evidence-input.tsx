"use client";

import { useId, useState } from "react";
import type { EvidenceItem } from "@/lib/review/verdict-types";
import { EvidenceList } from "./evidence-list";

const field = "w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm shadow-xs focus:border-accent";
const smallButton = "h-8 rounded-md border border-zinc-300 bg-white px-3 text-sm hover:border-accent hover:text-accent disabled:opacity-60";

/** Adds evidence to a verdict: a link (with the passage it supports), a quotation, or a file. */
export function EvidenceInput({ items, onChange }: { items: EvidenceItem[]; onChange: (items: EvidenceItem[]) => void }) {
  const id = useId();
  const [url, setUrl] = useState("");
  const [quote, setQuote] = useState("");
  const [note, setNote] = useState("");
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function addLinkOrQuote() {
    setError(null);
    const link = url.trim();
    if (link && !/^https?:\/\/\S+$/i.test(link)) {
      setError("Links must start with http:// or https://.");
      return;
    }
    if (!link && !quote.trim()) {
      setError("Enter a link, a quotation, or both.");
      return;
    }
    onChange([...items, link ? { kind: "url", url: link, quote: quote.trim(), note: note.trim() } : { kind: "quote", quote: quote.trim(), note: note.trim() }]);
    setUrl("");
    setQuote("");
    setNote("");
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setError(null);
    const form = new FormData();
    form.set("file", file);
    try {
      const response = await fetch("/api/evidence", { method: "POST", body: form });
      const json = (await response.json().catch(() => null)) as { file?: { id: string; fileName: string; mimeType: string; byteSize: number; sha256: string }; error?: { message: string } } | null;
      if (response.ok && json?.file) {
        const stored = json.file;
        onChange([...items, { kind: "file", fileId: stored.id, fileName: stored.fileName, mimeType: stored.mimeType, byteSize: stored.byteSize, sha256: stored.sha256, note: note.trim() }]);
        setNote("");
      } else {
        setError(json?.error?.message ?? `The upload failed (${response.status}).`);
      }
    } catch {
      setError("The server could not be reached; the file was not uploaded.");
    }
    setUploading(false);
  }

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-zinc-800">Evidence</legend>
      <EvidenceList items={items} />
      {items.length > 0 ? (
        <div className="flex flex-wrap gap-1.5">
          {items.map((item, index) => (
            <button key={index} type="button" className="text-xs text-red-700 underline" onClick={() => onChange(items.filter((_, other) => other !== index))}>
              Remove item {index + 1}
            </button>
          ))}
        </div>
      ) : null}
      <div className="grid gap-2 rounded-md border border-dashed border-zinc-300 bg-zinc-50 p-3 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-url`} className="block text-xs font-medium text-zinc-700">
            Link
          </label>
          <input id={`${id}-url`} type="url" inputMode="url" placeholder="https://…" value={url} onChange={(event) => setUrl(event.target.value)} className={field} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-note`} className="block text-xs font-medium text-zinc-700">
            What it shows (optional)
          </label>
          <input id={`${id}-note`} type="text" value={note} onChange={(event) => setNote(event.target.value)} className={field} />
        </div>
        <div className="space-y-1 md:col-span-2">
          <label htmlFor={`${id}-quote`} className="block text-xs font-medium text-zinc-700">
            Quoted text (optional with a link)
          </label>
          <textarea id={`${id}-quote`} rows={2} value={quote} onChange={(event) => setQuote(event.target.value)} className={field} />
        </div>
        <div className="flex flex-wrap items-center gap-3 md:col-span-2">
          <button type="button" onClick={addLinkOrQuote} className={smallButton}>
            Add link or quote
          </button>
          <label className={`${smallButton} inline-flex cursor-pointer items-center`}>
            {uploading ? "Uploading…" : "Attach a file…"}
            <input type="file" className="sr-only" data-testid="evidence-file-input" accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv" disabled={uploading} onChange={(event) => void upload(event.target.files?.[0])} />
          </label>
          <span className="text-xs text-zinc-500">PDF, image, text or CSV, up to 10 MB</span>
        </div>
        {error ? (
          <p role="alert" className="text-sm text-red-700 md:col-span-2">
            {error}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
